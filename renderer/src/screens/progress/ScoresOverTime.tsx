import { Chart, type LegendItem } from 'chart.js';
import { Line } from 'react-chartjs-2';
import type { SessionPoint } from '../../../../shared/types/progress';
import { SCORE_STYLE } from './charts-setup';

/** Legend entries drawn as a short line in each series' own dash: chart.js gives point-style entries no dash. */
function dashedLegend(chart: Chart): LegendItem[] {
  return Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => {
    const dataset = chart.data.datasets[item.datasetIndex ?? -1];
    const dash = dataset && 'borderDash' in dataset ? dataset.borderDash : undefined;
    return { ...item, lineDash: Array.isArray(dash) ? dash.filter((n): n is number => typeof n === 'number') : [] };
  });
}

const formatDay = (day: string): string => new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** A line per score across sessions, oldest left. */
export function ScoresOverTime({ sessions }: { sessions: SessionPoint[] }) {
  const scored = sessions.filter((s) => s.scores !== null);
  const first = scored[0]?.scores?.overall;
  const last = scored.at(-1)?.scores?.overall;
  const description =
    scored.length > 1 ? `Overall score went from ${first} in your first session to ${last} in your latest, over ${scored.length} sessions.` : 'One scored session so far.';
  return (
    <section className="panel" aria-labelledby="over-time-heading">
      <h2 id="over-time-heading">Scores over time</h2>
      <p className="muted">{description}</p>
      <div className="chart-box" role="img" aria-label={`Line chart. ${description}`} data-testid="chart-over-time">
        <Line
          data={{
            labels: scored.map((s) => `${formatDay(s.day)} · ${s.scenarioTitle}`),
            datasets: (Object.keys(SCORE_STYLE) as (keyof typeof SCORE_STYLE)[]).map((key) => ({
              label: SCORE_STYLE[key].label,
              data: scored.map((s) => s.scores![key]),
              borderColor: SCORE_STYLE[key].color,
              backgroundColor: SCORE_STYLE[key].color,
              borderDash: [...SCORE_STYLE[key].dash],
              borderWidth: key === 'overall' ? 3 : 2,
              pointRadius: 3,
              tension: 0.2,
            })),
          }}
          options={{
            maintainAspectRatio: false,
            scales: { y: { min: 0, max: 100, title: { display: true, text: 'Score' } }, x: { ticks: { callback: (_v, i) => formatDay(scored[i]?.day ?? '') } } },
            // Each series as a short line in its own dash (not a dashed box): the dash tells series apart without colour.
            plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, pointStyle: 'line', pointStyleWidth: 36, generateLabels: dashedLegend } } },
          }}
        />
      </div>
    </section>
  );
}
