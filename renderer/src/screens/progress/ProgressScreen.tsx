import { Coming } from '../Coming';

/** Progress over time: coming in part 2 (issue 6). */
export function ProgressScreen() {
  return <Coming title="Progress" what="Charts of your scores over time and per scenario, the flags you meet most and how they trend." />;
}
