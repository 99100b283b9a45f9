import type { PersonalBest, ProgressSummary, ScoreName } from '../../../../shared/types/progress';
import { SCORE_STYLE } from './charts-setup';
import { count } from '../../lib/plural';

const ORDER: ScoreName[] = ['overall', 'judgmentFree', 'openQuestions', 'empathy'];
const when = (b: PersonalBest): string => new Date(b.startedAt).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** Streak counters and the best reply per score. */
export function StreaksAndBests({ summary }: { summary: ProgressSummary }) {
  const { streaks, bestReply, bestSession } = summary;
  return (
    <section className="panel" aria-labelledby="streaks-heading">
      <h2 id="streaks-heading">Streaks and bests</h2>
      <dl className="stat-row" data-testid="streaks">
        <div>
          <dt>Current streak</dt>
          <dd>
            {count(streaks.current, 'day')}
          </dd>
        </div>
        <div>
          <dt>Longest streak</dt>
          <dd>
            {count(streaks.longest, 'day')}
          </dd>
        </div>
        <div>
          <dt>Days practised</dt>
          <dd>{streaks.practiceDays}</dd>
        </div>
      </dl>
      <table className="best-table">
        <thead>
          <tr>
            <th scope="col">Score</th>
            <th scope="col">Best reply</th>
            <th scope="col">Best session (mean)</th>
          </tr>
        </thead>
        <tbody>
          {ORDER.map((key) => (
            <tr key={key}>
              <th scope="row">{SCORE_STYLE[key].label}</th>
              <td>{bestReply[key] ? `${bestReply[key].value} · ${bestReply[key].scenarioTitle}, ${when(bestReply[key])}` : '—'}</td>
              <td>{bestSession[key] ? `${bestSession[key].value} · ${when(bestSession[key])}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
