import { Coming } from '../Coming';

/** Review and replay of past sessions: coming in part 2 (issue 6). */
export function ReviewScreen() {
  return <Coming title="Review" what="Replay past sessions: each reply's waveform, the words that helped or hurt, and side-by-side attempts." />;
}
