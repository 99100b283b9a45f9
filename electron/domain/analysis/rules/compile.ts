/** Turns rule patterns (words, macros, optional apostrophes) into cached regular expressions. */
import { FEELINGS } from '../lexicon';

/** Spoken variants of common contractions; ASR writes "youre", "you are" or "you're". */
const MACROS: Record<string, string> = {
  "you're": "(?:you'?re|you are|ur)",
  "you've": "(?:you'?ve|you have)",
  "i'm": "(?:i'?m|i am)",
  "it's": "(?:it'?s|it is|its)",
  "that's": "(?:that'?s|that is|thats)",
  "don't": "(?:don'?t|do not)",
  "can't": "(?:can'?t|cannot|can not)",
  "shouldn't": "(?:shouldn'?t|should not)",
  "you'll": "(?:you'?ll|you will)",
  "i've": "(?:i'?ve|i have)",
  "what's": "(?:what'?s|what is)",
  "there's": "(?:there'?s|there is)",
  feelings: `(?:${[...FEELINGS].join('|')})`,
  emo: '(?:hard|difficult|painful|awful|terrible|horrible|rough|tough|exhausting|overwhelming|lonely|isolating|scary|frightening|frustrating|heartbreaking|upsetting|stressful|heavy|draining|unfair|hurtful|confusing|sad|brutal|devastating|crushing|discouraging|disappointing|a lot|so much|really hard)',
  intens: '(?:really|so|incredibly|very|pretty|truly|super|such|extremely|awfully|deeply)',
  // What a hard moment feels like, named specifically (a stronger cue than plain {emo}).
  stingwords: '(?:lonely|isolating|frustrating|exhausting|draining|scary|frightening|overwhelming|heartbreaking|disappointing|discouraging|embarrassing|painful|hurtful|unfair|humiliating|infuriating|terrifying|maddening)',
};

/** Between two words: whitespace or commas, and any speech fillers. */
const GAP = "(?:[\\s,]+(?:(?:um+|uh+|er+m?|ah+|hmm+|like|you know)[\\s,]+)*)";

const cache = new Map<string, RegExp>();

/** Compiles a rule pattern into a global, case-insensitive RegExp matching whole words. */
export function compile(pattern: string): RegExp {
  const hit = cache.get(pattern);
  if (hit) return hit;
  const parts = pattern.split(/(\{[^}]+\})/);
  const source = parts
    .map((part) => {
      const macro = /^\{([^}]+)\}$/.exec(part);
      if (macro) {
        const body = MACROS[macro[1]!];
        if (!body) throw new Error(`unknown macro ${part} in rule pattern "${pattern}"`);
        return body.replace(/ /g, GAP);
      }
      return part.replace(/'/g, "'?").replace(/ /g, GAP);
    })
    .join('');
  const re = new RegExp(`(?<![\\w'])(?:${source})(?![\\w'])`, 'gi');
  cache.set(pattern, re);
  return re;
}

/** Every match of a pattern in text, as [start, end) spans. */
export function findAll(pattern: string, text: string): Array<{ start: number; end: number }> {
  const re = compile(pattern);
  re.lastIndex = 0;
  const out: Array<{ start: number; end: number }> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
