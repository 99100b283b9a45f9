import './charts-setup';
import type { ProgressSummary } from '../../../../shared/types/progress';
import { ByScenario } from './ByScenario';
import { FlagTrends } from './FlagTrends';
import { ScoresOverTime } from './ScoresOverTime';
import { StreaksAndBests } from './StreaksAndBests';
import { hasTrend } from './trend';
import { Calibration } from './Calibration';

/** The Progress screen's content for a computed summary. */
export function ProgressView({ summary }: { summary: ProgressSummary }) {
  const scored = summary.sessions.filter((s) => s.scores !== null);
  if (scored.length === 0) {
    return <p>No scored sessions yet. Practise once and your progress will show here.</p>;
  }
  return (
    <div className="progress-grid">
      <ScoresOverTime sessions={summary.sessions} />
      <StreaksAndBests summary={summary} />
      <FlagTrends flags={summary.flags} canTell={hasTrend(summary.sessions)} />
      <ByScenario scenarios={summary.scenarios} />
      <Calibration points={summary.calibration} />
    </div>
  );
}
