import antonymsFile from '../../../models/wordnet-antonyms.json' with { type: 'json' };
import { BoundedCache, LONGEST_CACHED_WORD } from '../bounded-cache.js';
import { LemmaTable } from './wordnet-lemma-table.js';
import { baseForm, type LookupPart } from './wordnet-morphy.js';
import { CACHE_SIZE, lemmaSpelling, payloadList } from './wordnet-packed.js';

/** Inflections are tried as adjective ("lowest"), verb ("increased"), then noun ("wins"). */
const PARTS: readonly LookupPart[] = ['adj', 'verb', 'noun'];
const NONE: readonly string[] = [];

/** Lemma → its antonyms, written with spaces between words as callers compare them with text. */
const table = new LemmaTable(antonymsFile.lemmas, (payload) =>
  Object.freeze(payloadList(payload).map((antonym) => antonym.replace(/_/g, ' '))),
);
const hasAntonyms = (lemma: string): boolean => table.has(lemma);
/** Word as given → its antonyms: a repeated word is a cache hit, not a base-form search. */
const antonymsCache = new BoundedCache<string, readonly string[]>(CACHE_SIZE, LONGEST_CACHED_WORD);

function lookUp(word: string): readonly string[] {
  const spelled = lemmaSpelling(word);
  for (const part of PARTS) {
    const lemma = baseForm(spelled, part, hasAntonyms);
    if (lemma !== undefined) return table.get(lemma) ?? NONE;
  }
  return NONE;
}

/**
 * The direct antonyms WordNet records for a word's senses ("low" → "high", "win" → "lose",
 * "increase" → "decrease"), adjective senses first, then verbs, adverbs and nouns; lemma forms, with
 * spaces between words. Inflected forms are reduced to their lemma first. Empty when WordNet has none:
 * it links only direct opposites, so "before" and "after" (adverbs it never pairs) give nothing.
 */
export function antonyms(word: string): readonly string[] {
  return antonymsCache.getOrCompute(word, lookUp);
}
