import { analyze } from './electron/domain/analysis';
const [,, text, partner] = process.argv;
const r = analyze(text!, { partner });
console.log(JSON.stringify({ scores: r.scores, empathy: r.empathy, refl: r.reflection, adv: r.advice, j: r.judgments.map(j=>j.kind), ev: r.evidence.map(e=>`${e.dimension}:${e.kind}:${e.delta}:"${e.text}"`) }, null, 1));
