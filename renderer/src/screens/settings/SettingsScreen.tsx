import { Coming } from '../Coming';

/** Settings and data control: coming in part 2 (issue 6). */
export function SettingsScreen() {
  return <Coming title="Settings" what="Microphone and model choice, where your data lives, retention, and deleting everything." />;
}
