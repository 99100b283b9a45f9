"""Nested cross-validation of the per-reply scoring choices behind AnnoMI's transcript quality AUC.

Reads export-oof.ts's file (argv[1]), takes out the leaning-advice and long-turn evidence, then
re-scores every therapist turn exactly as scores.ts does (same rounding, judgment cap and
off-topic cap) for each grid point, and ranks transcripts by mean overall. Nested: 5 outer folds
over transcripts (stratified, 20 seeds); the grid point with the best AUC on the other four folds
scores the fifth. Run with /usr/bin/python3 (numpy, scikit-learn). An experiment, not part of
`npm run train`.
"""
import collections, json, math, sys
import numpy as np
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

NEW = ('leaning-advice', 'long-turn')
SOUNDS = {'um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'ah', 'hmm', 'mm', 'mhm', 'mmm'}
clamp = lambda n: max(0, min(100, math.floor(n + 0.5)))


def overall(s, judged, capped):
    jf, oq, em = clamp(s['judgmentFree']), clamp(s['openQuestions']), clamp(s['empathy'])
    o = clamp(0.4 * jf + 0.25 * oq + 0.35 * em)
    if judged: o = min(o, jf)
    return min(o, 40) if capped else o


def prepare(r):
    full = {'judgmentFree': 100, 'openQuestions': 50, 'empathy': 0}
    base = dict(full)
    for d, k, x in r['result']['evidence']:
        full[d] += x
        if k not in NEW: base[d] += x
    judged = bool(r['result']['judgments'])
    # The relevance pass caps a reply that is off what they said at 40: seen as a lower overall.
    r['capped'] = r['result']['scores']['overall'] < overall(full, judged, False)
    r['base'], r['judged'] = base, judged
    r['words'] = len([w for w in r['text'].split() if w.lower().strip(',.?!') not in SOUNDS])


def score(r, G=0, floor=0.15, W=None, k=2, M=50, where='openQuestions'):
    s = dict(r['base'])
    p, thr = r['probs']['advice'][0], r['thr']['advice']
    if G and not r['result']['advice'] and floor <= p < thr: s['judgmentFree'] -= math.floor(G * (p - floor) / (thr - floor) + 0.5)
    if W is not None and r['words'] > W: s[where] -= min(M, k * (r['words'] - W))
    return overall(s, r['judged'], r['capped'])


def main(path):
    rows = [json.loads(l) for l in open(path) if '"annomi"' in l]
    for r in rows: prepare(r)
    grid = [dict(G=G, floor=f, W=W, k=k, M=M) for G, f in [(0, 0.15), (10, 0.15), (20, 0.15), (10, 0.2), (20, 0.2)]
            for W, k, M in [(None, 2, 50)] + [(w, k, m) for w in (30, 40) for k in (1, 2, 3) for m in (30, 50)]]
    for form in ('typed', 'speech'):
        groups = collections.defaultdict(list)
        for r in rows:
            if r['form'] == form: groups[r['group']].append(r)
        keys = sorted(groups)
        y = np.array([groups[t][0]['labels']['quality'] == 'high' for t in keys])
        S = np.array([[np.mean([score(r, **p) for r in groups[t]]) for t in keys] for p in grid])
        shipped = grid.index(dict(G=20, floor=0.15, W=30, k=2, M=50))
        none = grid.index(dict(G=0, floor=0.15, W=None, k=2, M=50))
        nested, picks = [], collections.Counter()
        for seed in range(20):
            pred = np.zeros(len(keys))
            for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(keys, y):
                j = int(np.argmax([roc_auc_score(y[tr], S[i][tr]) for i in range(len(grid))]))
                pred[te] = S[j][te]
                picks[j] += 1
            nested.append(roc_auc_score(y, pred))
        print(f'{form}: {len(keys)} transcripts ({(~y).sum()} low); neither {roc_auc_score(y, S[none]):.3f}, shipped point {roc_auc_score(y, S[shipped]):.3f}, '
              f'nested {np.mean(nested):.3f} ± {np.std(nested):.3f}; most picked {grid[picks.most_common(1)[0][0]]}')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '/tmp/oof.jsonl')
