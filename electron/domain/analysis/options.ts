import type { LineAbout } from './relevance-vocab';

/** Options for one analysis. */
export interface AnalyzeOptions {
  /** The partner's line this reply answers: echoing its feelings and topics counts as reflection. */
  partner?: string;
  /** What the partner's line is about (feelings, topics, what is unsaid): replies are scored on their relevance to it. */
  about?: LineAbout;
}
