import { Bar } from 'react-chartjs-2';
import type { ScenarioProgress } from '../../../../shared/types/progress';
import { SCORE_STYLE } from './charts-setup';
import { count } from '../../lib/plural';

const KEYS = ['judgmentFree', 'openQuestions', 'empathy'] as const;

/** Mean of each score per scenario, with first → latest overall in words beside it. */
export function ByScenario({ scenarios }: { scenarios: ScenarioProgress[] }) {
  const scored = scenarios.filter((s) => s.mean !== null);
  return (
    <section className="panel" aria-labelledby="by-scenario-heading">
      <h2 id="by-scenario-heading">By scenario</h2>
      <ul className="plain-list">
        {scored.map((s) => (
          <li key={s.scenarioId}>
            <strong>{s.scenarioTitle}</strong>: {count(s.sessionCount, 'session')}, overall {s.firstOverall} → {s.latestOverall} (best {s.bestOverall})
          </li>
        ))}
      </ul>
      <div className="chart-box chart-box-short" role="img" aria-label="Bar chart of the mean of each score per scenario." data-testid="chart-by-scenario">
        <Bar
          data={{
            labels: scored.map((s) => s.scenarioTitle),
            datasets: KEYS.map((key) => ({ label: SCORE_STYLE[key].label, data: scored.map((s) => s.mean![key]), backgroundColor: SCORE_STYLE[key].color })),
          }}
          options={{ maintainAspectRatio: false, scales: { y: { min: 0, max: 100, title: { display: true, text: 'Mean score' } } }, plugins: { legend: { position: 'bottom' } } }}
        />
      </div>
    </section>
  );
}
