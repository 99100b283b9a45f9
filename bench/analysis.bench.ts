/** `npm run bench -- analysis`: mean and p95 milliseconds per reply over the labeled suite (single thread). */
import { performance } from 'node:perf_hooks';
import { analyze } from '../electron/domain/analysis';
import { loadSuite } from '../test/fixtures/replies/suite';

export default async function bench(): Promise<void> {
  const replies = loadSuite().flatMap((g) => g.replies.map((r) => ({ text: r.text, partner: g.partner })));
  const run = (r: (typeof replies)[number]): unknown => analyze(r.text, r.partner ? { partner: r.partner } : {});
  // Warm-up: JIT and regex compilation are one-off costs, not per-reply ones.
  for (let i = 0; i < 3; i++) for (const r of replies) run(r);
  const rounds = 20;
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const r of replies) {
      const t0 = performance.now();
      run(r);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const p95 = times[Math.floor(times.length * 0.95)]!;
  const median = times[Math.floor(times.length / 2)]!;
  const max = times[times.length - 1]!;
  console.log(`analyze(): ${replies.length} suite replies × ${rounds} rounds on one thread`);
  console.log(`  mean ${mean.toFixed(3)} ms, median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, max ${max.toFixed(3)} ms per reply (target: mean < 2 ms)`);
  // A max far above p95 is the scheduler or the garbage collector, not one slow reply.
}
