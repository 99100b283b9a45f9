import { Line } from 'react-chartjs-2';
import type { CalibrationPoint } from '../../../../shared/types/progress';
import { count } from '../../lib/plural';

/** Predict, then reveal over time: how far each session's guesses were from the scores (lower is better). */
export function Calibration({ points }: { points: CalibrationPoint[] }) {
  if (points.length === 0) return null;
  const latest = points.at(-1)!;
  const first = points[0]!;
  const guesses = points.reduce((n, p) => n + p.guesses, 0);
  const sentence =
    points.length === 1
      ? `Your guesses were ${latest.meanGap} points from the score on average (${count(latest.guesses, 'guess', 'guesses')}).`
      : `Your guesses were ${first.meanGap} points off on average in your first session with guesses and ${latest.meanGap} in your latest (${count(guesses, 'guess', 'guesses')} in all).`;
  return (
    <section className="panel" aria-labelledby="calibration-heading" data-testid="calibration">
      <h2 id="calibration-heading">Your predictions</h2>
      <p className="muted">{sentence} The closer to 0, the better you read your own replies.</p>
      <div className="chart-box chart-box-short" role="img" aria-label={`Line chart. ${sentence}`}>
        <Line
          data={{
            labels: points.map((_p, i) => `${i + 1}`),
            datasets: [{ label: 'Mean gap between guess and score', data: points.map((p) => p.meanGap), borderColor: '#1f5f8b', backgroundColor: '#1f5f8b', pointRadius: 3 }],
          }}
          options={{ maintainAspectRatio: false, scales: { y: { min: 0, max: 100, title: { display: true, text: 'Points off' } }, x: { title: { display: true, text: 'Session with guesses' } } }, plugins: { legend: { display: false } } }}
        />
      </div>
    </section>
  );
}
