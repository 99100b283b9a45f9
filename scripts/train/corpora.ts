/**
 * Reads the training parts of the four public corpora in ../shared/corpora (and the project's own
 * labelled replies) into one example shape. Labels follow the corpora README's mapping onto the
 * analyzer's result; a label that a corpus does not carry stays undefined.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';

/** One reply with whatever labels its corpus gives it. */
export interface Example {
  /** Corpus name: annomi, epitome, ucc, esconv, suite. */
  source: string;
  /** Folds split by this (transcript, seeker post, dialogue, reply group), never by utterance. */
  group: string;
  text: string;
  partner?: string;
  labels: Labels;
  /** The project's replies: good > mid > poor within a group (for the pairs-ordered figure). */
  tier?: 'good' | 'mid' | 'poor';
}

/** Labels in the analyzer's terms. */
export interface Labels {
  reflection?: boolean;
  /** Complex (MITI) reflection; only on reflections. */
  complex?: boolean;
  /** The utterance asks a question: open (true) or closed (false). */
  open?: boolean;
  /** The utterance asks a question at all. */
  hasQuestion?: boolean;
  advice?: boolean;
  /** ESConv: the turn's strategy is Question (a question that is neither reflection nor advice). */
  question?: boolean;
  /** Any judgment kind except advice and self-focus. */
  judgment?: boolean;
  /** Kind of judgment in UCC's terms, when known. */
  condescending?: boolean;
  dismissive?: boolean;
  hostile?: boolean;
  sarcastic?: boolean;
  emotionalReactions?: 0 | 1 | 2;
  interpretations?: 0 | 1 | 2;
  explorations?: 0 | 1 | 2;
  /** AnnoMI transcript quality: never a model's target, but high-quality therapist turns are the judgment model's negatives. */
  quality?: 'high' | 'low';
}

/** Where the corpora are, relative to the project root. */
export const CORPORA_DIR = join(process.cwd(), '..', 'shared', 'corpora');

type Row = Record<string, string>;
const readCsv = (file: string): Row[] => parseCsv(readFileSync(join(CORPORA_DIR, file), 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Row[];

/** AnnoMI therapist utterances; the client's latest utterance is the partner. */
export function loadAnnomi(): Example[] {
  const rows = readCsv('annomi-train.csv');
  const out: Example[] = [];
  const seen = new Set<string>();
  const lastClient = new Map<string, string>();
  for (const r of rows) {
    const tid = r.transcript_id!;
    if (r.interlocutor === 'client') {
      lastClient.set(tid, r.utterance_text!);
      continue;
    }
    // Some utterances carry more than one annotator's labels: keep the first, so no text counts twice.
    const key = `${tid}:${r.utterance_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const labels: Labels = {
      reflection: r.reflection_exists === 'True',
      advice: r.therapist_input_subtype === 'advice',
      quality: r.mi_quality === 'low' ? 'low' : 'high',
    };
    // A therapist in a transcript experts rated high-quality MI does not judge (the judgment model's negatives).
    if (r.mi_quality === 'high') labels.judgment = false;
    if (r.reflection_exists === 'True' && (r.reflection_subtype === 'simple' || r.reflection_subtype === 'complex')) labels.complex = r.reflection_subtype === 'complex';
    if (r.question_subtype === 'open' || r.question_subtype === 'closed') labels.open = r.question_subtype === 'open';
    labels.hasQuestion = r.question_exists === 'True';
    out.push({ source: 'annomi', group: `annomi:${tid}`, text: r.utterance_text!, partner: lastClient.get(tid), labels });
  }
  return out;
}

const LEVEL = (s: string | undefined): 0 | 1 | 2 => (s === '2' ? 2 : s === '1' ? 1 : 0);

/** EPITOME responses with their three mechanism levels; the seeker post is the partner. */
export function loadEpitome(): Example[] {
  // The three files list the same pairs in the same order (some rp_ids occur twice, so pair by row).
  const er = readCsv('epitome-emotional-reactions-train.csv');
  const ip = readCsv('epitome-interpretations-train.csv');
  const ex = readCsv('epitome-explorations-train.csv');
  if (ip.length !== er.length || ex.length !== er.length || er.some((r, i) => ip[i]!.rp_id !== r.rp_id || ex[i]!.rp_id !== r.rp_id)) {
    throw new Error('The three EPITOME files do not list the same responses in the same order.');
  }
  return er.map((r, i) => ({
    source: 'epitome',
    group: `epitome:${r.sp_id}`,
    text: r.response_post!,
    partner: r.seeker_post,
    labels: {
      emotionalReactions: LEVEL(r.level),
      interpretations: LEVEL(ip[i]!.level),
      explorations: LEVEL(ex[i]!.level),
    },
  }));
}

/** UCC comments: judging (condescending, dismissive, hostile, sarcastic) or not. No partner. */
export function loadUcc(): Example[] {
  return readCsv('ucc-val.csv').map((r) => {
    const on = (k: string): boolean => Number(r[k]) >= 0.5;
    return {
      source: 'ucc',
      group: `ucc:${r._unit_id}`,
      text: r.comment!,
      labels: {
        judgment: on('condescending') || on('dismissive') || on('hostile') || on('sarcastic') || on('antagonize'),
        condescending: on('condescending'),
        dismissive: on('dismissive'),
        hostile: on('hostile') || on('antagonize'),
        sarcastic: on('sarcastic'),
      },
    };
  });
}

const ESCONV_TURN = /^(\S+) ([01]) (\d+) (?:\[([^\]]+)\] ?)?(.*)$/s;

/** ESConv supporter turns; the seeker's turns just before are the partner. */
export function loadEsconv(): Example[] {
  const lines = readFileSync(join(CORPORA_DIR, 'esconv-dev.tsv'), 'utf8').split('\n').filter((l) => l.trim());
  const out: Example[] = [];
  let dialogue = 0;
  let previousIndex = Infinity;
  for (const line of lines) {
    const turns = line.split(' EOS ').map((t) => ESCONV_TURN.exec(t.trim())).filter((m): m is RegExpExecArray => !!m).map((m) => ({ speaker: m[2], index: Number(m[3]), strategy: m[4], text: m[5]!.trim() }));
    const last = turns.at(-1);
    if (!last || last.speaker !== '1' || !last.strategy) continue;
    // Lines are windows of one dialogue in order: the labelled turn's index grows until a new dialogue starts.
    if (last.index <= previousIndex) dialogue += 1;
    previousIndex = last.index;
    const seeker: string[] = [];
    for (let i = turns.length - 2; i >= 0; i--) {
      if (turns[i]!.speaker === '0') seeker.unshift(turns[i]!.text);
      else if (seeker.length) break;
    }
    const s = last.strategy;
    out.push({
      source: 'esconv',
      group: `esconv:${dialogue}`,
      text: last.text,
      partner: seeker.join(' ') || undefined,
      // Trained supporters do not judge (negatives for the judgment model).
      labels: { judgment: false, question: s === 'Questions', advice: s === 'Providing Suggestions', reflection: s === 'Reflection of feelings' || s === 'Restatement or Paraphrasing' },
    });
  }
  return out;
}

interface SuiteFile {
  groups: Array<{ id: string; partner?: string; replies: Array<{ id: string; text: string; tier?: 'good' | 'mid' | 'poor'; expect?: Record<string, unknown> }> }>;
}

const NOT_JUDGMENT = new Set(['advice', 'self-focus']);

/** The project's own labelled replies: the regression suite and the training-only set. */
export const OWN_REPLIES = ['test/fixtures/replies/suite.yaml', 'test/fixtures/replies/holdout.yaml', 'test/fixtures/replies/holdout-2.yaml', 'scripts/train/data/partner-replies.yaml', 'scripts/train/data/withdrawn-replies.yaml'];

/** The project's own labelled replies (suite.yaml's format), in the analyzer's terms. */
export function loadSuite(files = OWN_REPLIES): Example[] {
  const out: Example[] = [];
  for (const file of files) {
    const suite = parseYaml(readFileSync(join(process.cwd(), file), 'utf8')) as SuiteFile;
    for (const g of suite.groups) {
      for (const r of g.replies) {
        const e = r.expect ?? {};
        const labels: Labels = {};
        if (typeof e.refl === 'boolean') labels.reflection = e.refl;
        if (typeof e.adv === 'boolean') labels.advice = e.adv;
        if (Array.isArray(e.j)) labels.judgment = (e.j as string[]).some((k) => !NOT_JUDGMENT.has(k));
        if (typeof e.q === 'string') labels.hasQuestion = e.q !== 'none';
        if (typeof e.q === 'string' && e.q !== 'none') {
          const types = e.q.split(' ');
          labels.open = types.includes('open');
        }
        if (typeof e.er === 'number') labels.emotionalReactions = e.er as 0 | 1 | 2;
        if (typeof e.in === 'number') labels.interpretations = e.in as 0 | 1 | 2;
        if (typeof e.ex === 'number') labels.explorations = e.ex as 0 | 1 | 2;
        out.push({ source: 'suite', group: `suite:${file}:${g.id}`, text: r.text, partner: g.partner, labels, tier: r.tier });
      }
    }
  }
  return out;
}

/** Every corpus, in a fixed order. */
export function loadAll(): Example[] {
  return [...loadAnnomi(), ...loadEpitome(), ...loadUcc(), ...loadEsconv(), ...loadSuite()];
}
