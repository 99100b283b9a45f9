import type { ComponentType } from 'react';
import { PracticeScreen } from '../screens/practice/PracticeScreen';
import { ReviewScreen } from '../screens/review/ReviewScreen';
import { ProgressScreen } from '../screens/progress/ProgressScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';

/** The top-level screens, in navigation order. Add a screen by adding a row. */
export const SCREENS = [
  { id: 'practice', label: 'Practice', component: PracticeScreen },
  { id: 'review', label: 'Review', component: ReviewScreen },
  { id: 'progress', label: 'Progress', component: ProgressScreen },
  { id: 'settings', label: 'Settings', component: SettingsScreen },
] as const satisfies readonly { id: string; label: string; component: ComponentType }[];

export type ScreenId = (typeof SCREENS)[number]['id'];
