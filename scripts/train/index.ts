/**
 * `npm run train`: rebuilds models/analyzer/weights.json from ../shared/corpora and the project's
 * own labelled replies, deterministically, and prints cross-validated figures: per model and
 * corpus, and for the whole analyzer through the held-back sets' mapping (typed and speech text).
 * Folds split by transcript, seeker post, dialogue or reply group, never by utterance.
 */
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from './corpora';
import { buildWeights, crossValidate } from './pipeline';

const started = performance.now();
const log = (s: string): void => void process.stderr.write(`${s}\n`);
const examples = loadAll();
log(`read ${examples.length} labelled replies`);
const { report, thresholds } = crossValidate(examples, log);
const weights = buildWeights(examples, log, thresholds);
const dir = join(process.cwd(), 'models', 'analyzer');
mkdirSync(dir, { recursive: true });
const write = (name: string, body: string): void => {
  const tmp = join(dir, `.${name}.tmp`);
  writeFileSync(tmp, body);
  renameSync(tmp, join(dir, name));
};
write('weights.json', weights);
write('cv-report.json', `${JSON.stringify(report, null, 1)}\n`);
console.log(JSON.stringify(report, null, 1));
log(`wrote models/analyzer/weights.json (${(weights.length / 1e6).toFixed(2)} MB) in ${Math.round((performance.now() - started) / 1000)} s`);
