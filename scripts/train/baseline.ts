/** Prints the rules-only analyzer's figures on the training corpora (the rules were never fitted to them). */
import { analyzeWithRules } from '../../electron/domain/analysis/rule-analysis';
import { applyRelevance } from '../../electron/domain/analysis/relevance';
import { loadAll } from './corpora';
import { analyzerFigures } from './analyzer-figures';

const t0 = performance.now();
const examples = loadAll();
const scored = examples.map((example) => {
  const text = example.text.slice(0, 10_000);
  const rules = analyzeWithRules(text, { partner: example.partner });
  return { example, result: applyRelevance(rules.result, rules.parsed, { partner: example.partner }) };
});
console.log(JSON.stringify(analyzerFigures(scored), null, 1));
console.log(`${examples.length} examples in ${Math.round(performance.now() - t0)} ms`);
