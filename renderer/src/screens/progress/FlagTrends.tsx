import type { FlagTrend } from '../../../../shared/types/progress';
import { plainKind } from '../../lib/plain-words';
import { count } from '../../lib/plural';

function direction(f: FlagTrend): { text: string; className: string } {
  if (f.recentPerSession < f.earlyPerSession) return { text: 'fading', className: 'trend-good' };
  if (f.recentPerSession > f.earlyPerSession) return { text: 'more often', className: 'trend-bad' };
  return { text: 'unchanged', className: 'trend-same' };
}

/** The most frequent flagged habits and how their rate per session changed. */
export function FlagTrends({ flags, canTell, limit = 6 }: { flags: FlagTrend[]; canTell: boolean; limit?: number }) {
  return (
    <section className="panel" aria-labelledby="flags-heading">
      <h2 id="flags-heading">Habits to watch</h2>
      {flags.length === 0 ? (
        <p>No judging, dismissing or fixing language flagged yet.</p>
      ) : (
        <table className="flag-table" data-testid="flag-trends">
          <caption className="muted small">
            Times per session: {flags[0]!.window === 1 ? 'your first session → your latest' : `your first ${count(flags[0]!.window, 'session')} → your latest ${flags[0]!.window}`}.
          </caption>
          <thead>
            <tr>
              <th scope="col">Habit</th>
              <th scope="col">Per session</th>
              <th scope="col">Trend</th>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {flags.slice(0, limit).map((f) => {
              const d = canTell ? direction(f) : { text: 'too early to tell', className: 'trend-same' };
              return (
                <tr key={f.kind}>
                  <th scope="row">{plainKind(f.kind)}</th>
                  <td>
                    {f.earlyPerSession} → {f.recentPerSession}
                  </td>
                  <td className={d.className}>{d.text}</td>
                  <td>{f.total}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
