import { KeySet } from '../text/key-set.js';
import type { Token } from '../text/tokenize.js';
import type { QuestionAnalysis, QuestionTerm } from './analyze-question.js';

type KeySets = readonly KeySet[];

/**
 * The words an answer stands on: its sentence (and, for facts, what the fact is about), and the
 * neighbouring sentences, which often name the subject. Lists of shared sets, so nothing is copied.
 */
export interface Evidence {
  keys: KeySets;
  nearby: KeySets;
  /** The article's title: what every sentence is about, for common words though not for names. */
  title?: KeySet;
}

export interface Coverage {
  /** 0–1: how much of the question's weight the evidence accounts for. */
  score: number;
  /** Question words the evidence does not account for at all. */
  missing: QuestionTerm[];
  /** A name or number of the question that the evidence lacks: answering would connect the unconnected. */
  missingKey: boolean;
  /** The asked-about words are absent. */
  missingHead: boolean;
  /** The asked-about words are only in a neighbouring sentence. */
  weakHead: boolean;
}

const EXACT = 1;
const SYNONYM = 0.8;

/** How strongly a question word is present among keys: by stem, by synonym group, or not at all. */
export function matchStrength(token: Token, keys: KeySet | KeySets): number {
  const sets = keys instanceof KeySet ? [keys] : keys;
  for (const set of sets) if (set.has(token.stem)) return EXACT;
  for (let i = 1; i < token.keys.length; i++) {
    for (const set of sets) if (set.has(token.keys[i] as string)) return SYNONYM;
  }
  return 0;
}

export function measureCoverage(analysis: QuestionAnalysis, evidence: Evidence): Coverage {
  let total = 0;
  let found = 0;
  const missing: QuestionTerm[] = [];
  let missingHead = false;
  let weakHead = false;
  // Per name: how many of its words were found, and how many it has.
  // Made only for a question with names; this runs for every candidate of every question.
  let names: Map<number, { found: number; words: number }> | undefined;
  for (const term of analysis.terms) {
    total += term.weight;
    let strength = matchStrength(term.token, evidence.keys);
    if (strength === 0 && term.role === 'proper') strength = nearMiss(term.token, evidence.keys);
    if (strength === 0) {
      const near = matchStrength(term.token, evidence.nearby);
      const named = term.role === 'proper' || term.role === 'number';
      strength = named ? near * 0.85 : near * 0.5;
      // "How much did the repairs cost?" — "the work cost …" under the title "… after repairs"; and
      // "Who is the Hawks' coach?" — "coach Mark Fenn said" in a story headlined about the Hawks.
      if (strength === 0 && evidence.title)
        strength = matchStrength(term.token, evidence.title) * (named ? 0.85 : 0.5);
      // The asked-about word must stand with the answer, not merely nearby.
      if (term.role === 'head' && near > 0) weakHead = true;
    }
    found += term.weight * strength;
    if (term.group !== undefined) {
      names ??= new Map();
      const name = names.get(term.group) ?? { found: 0, words: 0 };
      name.words++;
      if (strength > 0) name.found++;
      names.set(term.group, name);
    }
    if (strength === 0) {
      missing.push(term);
      if (term.role === 'head') missingHead = true;
    }
  }
  // A name of the question the evidence lacks — a number, or a name none of whose words (or only a
  // minority of a long one's: "House of Representatives" for "House") is there — is not connected.
  let missingKey = missing.some((t) => t.role === 'number');
  for (const name of names?.values() ?? []) {
    if (name.found === 0 || (name.words > 2 && name.found * 2 < name.words)) missingKey = true;
  }
  return { score: total === 0 ? 0 : found / total, missing, missingKey, missingHead, weakHead };
}

/** A long name one letter off ("McConell" for "McConnell"): a typing slip, counted at half strength. */
function nearMiss(token: Token, keys: KeySet | KeySets): number {
  const stem = token.stem;
  if (stem.length < 6) return 0;
  const close = (key: string) => Math.abs(key.length - stem.length) <= 1 && oneEditApart(key, stem);
  if (keys instanceof KeySet) return keys.some(close) ? 0.5 : 0;
  for (const set of keys) if (set.some(close)) return 0.5;
  return 0;
}

/** One substitution, insertion or deletion apart (or equal); compared in place, without new strings. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return sameFrom(a, i + 1, b, i + 1) || sameFrom(a, i + 1, b, i) || sameFrom(a, i, b, i + 1);
}

/** Whether a from index `i` equals b from index `j` (as `a.slice(i) === b.slice(j)`, past the end too). */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  const length = Math.max(0, a.length - i);
  if (length !== Math.max(0, b.length - j)) return false;
  for (let k = 0; k < length; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}

/** Whether two words match: by stem (1), by synonym group (0.8), or not (0). */
export function tokensMatch(a: Token, b: Token): number {
  if (a.stem === b.stem) return EXACT;
  for (let i = 1; i < a.keys.length; i++) {
    for (let j = 1; j < b.keys.length; j++) if (a.keys[i] === b.keys[j]) return SYNONYM;
  }
  return 0;
}
