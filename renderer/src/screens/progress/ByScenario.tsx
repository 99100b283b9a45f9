import { Bar } from 'react-chartjs-2';
import type { ScenarioProgress } from '../../../../shared/types/progress';
import { SCORE_STYLE } from './charts-setup';
import { count } from '../../lib/plural';
import { useScenarios } from '../../data/queries';

const LEVELS = ['gentle', 'moderate', 'hard'];

const KEYS = ['judgmentFree', 'openQuestions', 'empathy'] as const;

/** Mean of each score per scenario, easiest first, with its difficulty and first → latest overall in words: like compared with like. */
export function ByScenario({ scenarios }: { scenarios: ScenarioProgress[] }) {
  const cards = useScenarios().data?.scenarios ?? [];
  const difficulty = (id: string): string | undefined => cards.find((c) => c.id === id)?.difficulty;
  const rank = (id: string): number => {
    const level = LEVELS.indexOf(difficulty(id) ?? '');
    return level < 0 ? LEVELS.length : level;
  };
  const scored = scenarios.filter((s) => s.mean !== null).sort((a, b) => rank(a.scenarioId) - rank(b.scenarioId));
  return (
    <section className="panel" aria-labelledby="by-scenario-heading">
      <h2 id="by-scenario-heading">By scenario</h2>
      <ul className="plain-list">
        {scored.map((s) => (
          <li key={s.scenarioId}>
            <strong>{s.scenarioTitle}</strong>
            {difficulty(s.scenarioId) && <span className={`tag tag-${difficulty(s.scenarioId)}`}>{difficulty(s.scenarioId)}</span>}: {count(s.sessionCount, 'session')},{' '}
            {s.sessionCount > 1 ? `overall ${s.firstOverall} → ${s.latestOverall} (best ${s.bestOverall})` : `overall ${s.latestOverall}`}
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
