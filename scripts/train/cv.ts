/** Folds split by transcript, seeker post, dialogue or reply group (never by utterance). */
import { hash, type Prepared } from './tasks';

export const FOLDS = 5;

/** The fold an example's group falls in. */
export const foldOf = (p: Pick<Prepared, 'example'>): number => hash(p.example.group) % FOLDS;
