/**
 * When an extracted fact recovers a curated one: same kind, same sentence (by its text, since sentence
 * splitting may differ) and the same value under the rules below (printed with the extraction report).
 */
import type { Brief, Fact } from '../../src/core/brief.schema.js';
import { STOPWORDS } from '../../src/core/text/stopwords.js';

/** Share of a curated statement's content words the extracted value must contain. */
export const STATEMENT_WORD_SHARE = 0.6;

export const MATCH_RULES = [
  'a curated fact is recovered when the ingested brief has a fact of the same kind, in a sentence with the same',
  'text (lower-cased, white space folded; matched by text, not index), whose value matches:',
  '  lists: every curated item equals (folded) one of the ingested items;',
  `  statements: the ingested value contains ≥ ${STATEMENT_WORD_SHARE * 100}% of the curated value's content words`,
  '    (letter/digit words not in the engine stop-word list);',
  '  dates: the same ISO date (however each is written);',
  '  figures with a number: the same number, and the same qualifier ("more than") when the curated fact has one;',
  '  other kinds: the values are equal, lower-cased and white space folded.',
];

export function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => !STOPWORDS.has(w)))];
}

export function valueMatches(curated: Fact, ingested: Fact): boolean {
  if (curated.kind !== ingested.kind) return false;
  if (curated.kind === 'list') {
    const have = new Set((ingested.items ?? []).map(fold));
    return (curated.items ?? [curated.value]).every((item) => have.has(fold(item)));
  }
  if (curated.kind === 'statement') {
    const want = contentWords(curated.value);
    if (want.length === 0) return fold(curated.value) === fold(ingested.value);
    const have = new Set(contentWords(ingested.value));
    return want.filter((w) => have.has(w)).length / want.length >= STATEMENT_WORD_SHARE;
  }
  if (curated.kind === 'date' && curated.date && ingested.date) return curated.date === ingested.date;
  if (curated.number !== undefined && ingested.number !== undefined) {
    const sameQualifier = !curated.qualifier || fold(curated.qualifier) === fold(ingested.qualifier ?? '');
    return curated.number === ingested.number && sameQualifier;
  }
  return fold(curated.value) === fold(ingested.value);
}

export type MatchOutcome =
  | 'recovered'
  | 'sentence not found'
  | 'no fact of this kind there'
  | 'value differs';

export interface FactMatch {
  fact: Fact;
  sentence: string;
  outcome: MatchOutcome;
  /** The ingested values of the same kind in that sentence, when the value differs. */
  found: string[];
}

/** Matches every curated fact against the ingested brief. */
export function matchFacts(curated: Brief, ingested: Brief | null): FactMatch[] {
  const sentenceOf = (brief: Brief, fact: Fact) => fold(brief.text.sentences[fact.sentence]?.text ?? '');
  const ingestedSentences = new Set(ingested?.text.sentences.map((s) => fold(s.text)) ?? []);
  return curated.facts.map((fact): FactMatch => {
    const sentence = sentenceOf(curated, fact);
    if (!ingested || !ingestedSentences.has(sentence))
      return { fact, sentence, outcome: 'sentence not found', found: [] };
    const there = ingested.facts.filter((f) => f.kind === fact.kind && sentenceOf(ingested, f) === sentence);
    if (there.length === 0) return { fact, sentence, outcome: 'no fact of this kind there', found: [] };
    const outcome = there.some((f) => valueMatches(fact, f)) ? 'recovered' : 'value differs';
    return { fact, sentence, outcome, found: outcome === 'recovered' ? [] : there.map((f) => f.value) };
  });
}

/** How many of the ingested brief's facts match some curated fact (its precision, loosely). */
export function countMatchingIngested(curated: Brief, ingested: Brief): number {
  const sentenceOf = (brief: Brief, fact: Fact) => fold(brief.text.sentences[fact.sentence]?.text ?? '');
  return ingested.facts.filter((f) =>
    curated.facts.some((c) => sentenceOf(curated, c) === sentenceOf(ingested, f) && valueMatches(c, f)),
  ).length;
}
