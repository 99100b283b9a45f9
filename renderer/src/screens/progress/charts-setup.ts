/** Registers the chart.js pieces the Progress screen uses (tree-shaken: only these are bundled). */
import { BarElement, CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(CategoryScale, LinearScale, PointElement, LineElement, BarElement, Legend, Tooltip);
// Calm, readable defaults: no motion, the app's ink colour and font.
Chart.defaults.animation = false;
Chart.defaults.color = '#1b1f23';
Chart.defaults.font.family = "system-ui, 'DejaVu Sans', sans-serif";
Chart.defaults.font.size = 13;

/** One colour per score, distinguishable in greyscale too (differing lightness) and paired with dash styles. */
export const SCORE_STYLE = {
  overall: { label: 'Overall', color: '#1b1f23', dash: [] as number[] },
  judgmentFree: { label: 'Judgment-free', color: '#1f5f8b', dash: [6, 3] },
  openQuestions: { label: 'Open questions', color: '#1d6b35', dash: [2, 2] },
  empathy: { label: 'Empathy', color: '#a11d1d', dash: [10, 4] },
} as const;
