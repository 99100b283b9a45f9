/**
 * Parsing, once per reply: tokens with exact character offsets, part-of-speech tags and lemmas.
 *
 * Why wink-nlp (+ wink-eng-lite-web-model): it is fully offline, bundles as plain JS (Electron main,
 * tsx and vitest alike), tags a short reply in well under 0.1 ms, and its tokenizer is lossless
 * (every token keeps its preceding whitespace), so offsets into the original text are exact, which
 * the highlighting needs. retext/nlcst would also give positions, but it depends on punctuation to
 * find sentences, which speech-recognition output lacks, and it has no tagger; compromise is
 * slower and rewrites text as it normalises.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ItsFunction } from 'wink-nlp';

const nlp = winkNLP(model);
const its = nlp.its;

/** One token of the reply. */
export interface Token {
  /** The token as written (curly apostrophes folded to '). */
  value: string;
  lower: string;
  lemma: string;
  /** Porter stem (wink's its.stem), so near forms match: "restructuring" and "restructured". */
  stem: string;
  /** Universal POS tag from wink (NOUN, VERB, AUX, PRON, PUNCT, …). */
  pos: string;
  start: number;
  end: number;
  isPunct: boolean;
}

/** A parsed reply: the normalised text (same length as the input) and its tokens. */
export interface Parsed {
  text: string;
  tokens: Token[];
  /** Token index ranges [from, to) of wink's sentences. */
  sentences: Array<[number, number]>;
}

/** Folds typographic apostrophes and quotes to ASCII one-for-one, so offsets never shift. */
export function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** Tokenises, tags and sentence-splits a reply. */
export function parse(input: string): Parsed {
  const text = normalise(input);
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const pos = doc.tokens().out(its.pos);
  // wink's typings declare `its.lemma` with the wrong arity; it is a token its-function at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
  // Same typing slip as `its.lemma` above.
  const stems = doc.tokens().out(its.stem as unknown as ItsFunction<string>) as string[];
  const types = doc.tokens().out(its.type);
  const tokens: Token[] = [];
  let offset = 0;
  values.forEach((value, i) => {
    offset += (spaces[i] ?? '').length;
    // wink's value can differ from the source only in rare cases; re-find it to stay exact.
    const found = text.indexOf(value, offset);
    const start = found >= 0 && found - offset < 4 ? found : offset;
    const end = start + value.length;
    tokens.push({
      value,
      lower: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      stem: (stems[i] ?? value).toLowerCase(),
      pos: pos[i] ?? 'X',
      start,
      end,
      isPunct: types[i] === 'punctuation',
    });
    offset = end;
  });
  const sentences: Array<[number, number]> = [];
  let from = 0;
  doc.sentences().each((s: { tokens(): { length(): number } }) => {
    const n = s.tokens().length();
    sentences.push([from, from + n]);
    from += n;
  });
  return { text, tokens, sentences };
}
