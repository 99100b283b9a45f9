import type { LineAbout } from './relevance-vocab';

/** Options for one analysis. */
export interface AnalyzeOptions {
  /** The partner's line this reply answers: echoing its feelings and topics counts as reflection. */
  partner?: string;
  /** What the partner's line is about (feelings, topics, what is unsaid): replies are scored on their relevance to it. */
  about?: LineAbout;
}

/** Whether a scenario line's `about` names anything: the product's case, where relevance and the guarded levels apply in full. */
export function hasAbout(options: Pick<AnalyzeOptions, 'about'>): boolean {
  return !!options.about && Object.values(options.about).some((list) => (list?.length ?? 0) > 0);
}
