/** Prints the rule analyzer's figures on the training corpora (it was never fitted to them). */
import { analyze } from '../../electron/domain/analysis';
import { loadAll } from './corpora';
import { analyzerFigures } from './analyzer-figures';

const t0 = performance.now();
const examples = loadAll();
const scored = examples.map((example) => ({ example, result: analyze(example.text.slice(0, 10_000), { partner: example.partner }) }));
console.log(JSON.stringify(analyzerFigures(scored), null, 1));
console.log(`${examples.length} examples in ${Math.round(performance.now() - t0)} ms`);
