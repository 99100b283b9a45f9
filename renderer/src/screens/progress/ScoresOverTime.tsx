import { Chart, type LegendItem } from 'chart.js';
import { Line } from 'react-chartjs-2';
import type { SessionPoint } from '../../../../shared/types/progress';
import { SCORE_STYLE } from './charts-setup';
import { overTimeSentence } from './trend';

/** Legend entries drawn as a short line in each series' own dash: chart.js gives point-style entries no dash. */
function dashedLegend(chart: Chart): LegendItem[] {
  return Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => {
    const dataset = chart.data.datasets[item.datasetIndex ?? -1];
    const dash = dataset && 'borderDash' in dataset ? dataset.borderDash : undefined;
    return { ...item, lineDash: Array.isArray(dash) ? dash.filter((n): n is number => typeof n === 'number') : [] };
  });
}

const formatWhen = (iso: string): string => new Date(iso).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

/** A line per score across sessions, oldest left; the axis counts sessions, the tooltip gives each one's date and time. */
export function ScoresOverTime({ sessions }: { sessions: SessionPoint[] }) {
  const scored = sessions.filter((s) => s.scores !== null);
  const description = overTimeSentence(sessions);
  return (
    <section className="panel" aria-labelledby="over-time-heading">
      <h2 id="over-time-heading">Scores over time</h2>
      <p className="muted">{description}</p>
      <div className="chart-box" role="img" aria-label={`Line chart. ${description}`} data-testid="chart-over-time">
        <Line
          data={{
            labels: scored.map((s, i) => `Session ${i + 1} · ${formatWhen(s.startedAt)} · ${s.scenarioTitle}`),
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
            scales: { y: { min: 0, max: 100, title: { display: true, text: 'Score' } }, x: { title: { display: true, text: 'Session' }, ticks: { callback: (_v, i) => `${i + 1}` } } },
            // Each series as a short line in its own dash (not a dashed box): the dash tells series apart without colour.
            plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, pointStyle: 'line', pointStyleWidth: 36, generateLabels: dashedLegend } } },
          }}
        />
      </div>
    </section>
  );
}
