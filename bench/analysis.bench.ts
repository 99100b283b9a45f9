/**
 * `npm run bench -- analysis`: loading the learned models (targets: weights < 5 MB, load < 150 ms)
 * and mean/p95 milliseconds per reply over the labeled suite with them loaded (single thread;
 * target: mean < 2 ms).
 */
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyze } from '../electron/domain/analysis';
import { modelSetFrom } from '../electron/domain/analysis/learned';
import type { WeightFile } from '../electron/domain/analysis/learned/model';
import { loadSuite } from '../test/fixtures/replies/suite';

export default async function bench(): Promise<void> {
  const file = new URL('../models/analyzer/weights.json', import.meta.url);
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    modelSetFrom(JSON.parse(readFileSync(file, 'utf8')) as WeightFile);
    loads.push(performance.now() - t0);
  }
  console.log(`learned models: ${(statSync(file).size / 1e6).toFixed(2)} MB; read + parse + compile: first ${loads[0]!.toFixed(1)} ms, best of 5 ${Math.min(...loads).toFixed(1)} ms (targets < 5 MB, < 150 ms)`);
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
