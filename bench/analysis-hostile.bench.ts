/**
 * `npm run bench -- analysis`: the worst inputs found by the hostile-input probe (issue #14), each
 * timed end to end through analyze(); the target is under 50 ms per call (the app stays responsive).
 */
import { performance } from 'node:perf_hooks';
import { analyze } from '../electron/domain/analysis';
import { HOSTILE_CASES } from '../test/fixtures/hostile/replies';

export default async function bench(): Promise<void> {
  // Warm-up: JIT, regex compilation and number formatting are one-off costs, not per-call ones.
  for (let i = 0; i < 3; i++) for (const c of HOSTILE_CASES.slice(0, 3)) { try { analyze(c.text); } catch { /* refused */ } }
  const rounds = 20;
  let worst = 0;
  let worstMax = 0;
  for (const c of HOSTILE_CASES) {
    const times: number[] = [];
    let outcome = '';
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      try {
        const r = analyze(c.text, c.partner === undefined ? {} : { partner: c.partner });
        outcome = `overall ${r.scores.overall}`;
      } catch (error) {
        outcome = `refused: ${error instanceof Error ? error.message : String(error)}`;
      }
      times.push(performance.now() - t0);
    }
    const max = Math.max(...times);
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    worst = Math.max(worst, median);
    worstMax = Math.max(worstMax, max);
    console.log(`  ${c.name}: median ${median.toFixed(2)} ms, first ${times[0]!.toFixed(2)} ms, max ${max.toFixed(2)} ms (${outcome.slice(0, 70)})`);
  }
  // The median is the input's cost; a max far above it is the scheduler or the garbage collector on a shared machine.
  console.log(`analyze() on hostile input: worst median ${worst.toFixed(2)} ms, worst single call ${worstMax.toFixed(2)} ms, ${HOSTILE_CASES.length} cases × ${rounds} rounds (target: < 50 ms)`);
}
