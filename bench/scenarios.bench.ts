/** Scenario loading and the partner engine: how long it takes to load every built-in file and to react to a reply. */
import { performance } from 'node:perf_hooks';
import { respond, startConversation } from '../electron/domain/scenarios';
import { loadScenarios } from '../electron/storage/scenarios';
import type { Analysis } from '../electron/domain/analysis/types';

const reply: Analysis = {
  scores: { judgmentFree: 90, openQuestions: 85, empathy: 70, overall: 82 },
  questions: [{ text: 'what was it like', start: 0, end: 16, type: 'open' }],
  judgments: [],
  empathy: { emotionalReactions: 1, interpretations: 2, explorations: 1 },
  reflection: true,
  advice: false,
};

/** Prints load time (median of 20) and respond() time per call. */
export default async function bench(): Promise<void> {
  const loads: number[] = [];
  let count = 0;
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    count = loadScenarios().scenarios.length;
    loads.push(performance.now() - t);
  }
  loads.sort((a, b) => a - b);
  console.log(`loadScenarios: ${count} built-in files, median ${loads[10]!.toFixed(1)} ms`);

  const scenarios = loadScenarios().scenarios;
  const n = 100_000;
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    const s = scenarios[i % scenarios.length]!;
    respond(s, startConversation(s), reply);
  }
  console.log(`respond: ${(((performance.now() - t) / n) * 1000).toFixed(1)} µs per reply (${n} replies)`);
}
