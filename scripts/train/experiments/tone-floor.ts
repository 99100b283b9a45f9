/**
 * Out-of-fold effect of the tone floor (the tone model's threshold; `FLOORS`, comma-separated): for each
 * floor, how many of the project's plain and judging replies carry a tone mark (by tier), the UCC
 * condescending + dismissive AUC of 100 − judgmentFree, the project's judgment F1 and tier pairs
 * ordered, typed and speech. An experiment behind the floor and the tone model's data, not part of
 * `npm run train` (about 3 minutes: it fits every model on each fold once).
 */
import { analyzeWith } from '../../../electron/domain/analysis';
import { loadAll } from '../corpora';
import { featurize, foldModelSets, outOfFoldAll } from '../pipeline';
import { foldOf } from '../cv';
import { analyzerFigures, type Scored } from '../analyzer-figures';

const floors = (process.env.FLOORS ?? '0,0.05,0.1,0.15,0.2,0.3').split(',').map(Number);
const { raw, idf, vocabulary, prepared } = featurize(loadAll());
const oof = outOfFoldAll(prepared, vocabulary.names.length);
const sets = foldModelSets(oof, vocabulary, idf);
for (const floor of floors) {
  const typed: Scored[] = [];
  const speech: Scored[] = [];
  for (const r of raw) {
    if (!['ucc', 'suite'].includes(r.example.source)) continue;
    const result = analyzeWith({ ...sets[foldOf(r)]!, toneFloor: floor }, r.text, { partner: r.example.partner });
    (r.form === 'typed' ? typed : speech).push({ example: r.example, result });
  }
  const rate = (xs: Scored[], judged: boolean) => {
    const part = xs.filter((x) => x.example.source === 'suite' && x.example.labels.judgment === judged);
    const hit = part.filter((x) => x.result.evidence.some((e) => e.kind === 'tone'));
    const tiers = (xs: Scored[]) => ['good', 'mid', 'poor', undefined].map((t) => `${t ?? '-'}:${xs.filter((x) => x.example.tier === t).length}`).join(',');
    if (process.env.SHOW && !judged) for (const x of hit.filter((h) => h.example.tier === 'good').slice(0, 12)) console.log('   good reply marked:', JSON.stringify(x.example.text));
    return `${hit.length}/${part.length} (marked ${tiers(hit)} of ${tiers(part)})`;
  };
  console.log(floor, 'suite tone-marked: plain', rate(typed, false), rate(speech, false), 'judging', rate(typed, true), rate(speech, true));
  const a = analyzerFigures(typed);
  const b = analyzerFigures(speech);
  console.log(floor, 'ucc', a['ucc.condDism.auc'], b['ucc.condDism.auc'], 'flagF1', a['ucc.condDism.flagF1'], 'suite judgment', a['suite.judgment.f1'], b['suite.judgment.f1'], 'pairs', a['suite.pairsOrdered'], b['suite.pairsOrdered']);
}
