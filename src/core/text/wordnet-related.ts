import relatedFile from '../../../models/wordnet-related.json' with { type: 'json' };
import { BoundedCache, LONGEST_CACHED_WORD } from '../bounded-cache.js';
import { LemmaTable } from './wordnet-lemma-table.js';
import { baseForm } from './wordnet-morphy.js';
import { CACHE_SIZE, lemmaSpelling, payloadList } from './wordnet-packed.js';

export type RelatedPart = 'noun' | 'verb' | 'adj';

const PARTS: readonly RelatedPart[] = ['noun', 'verb', 'adj'];

/**
 * Lemma → its ":id:id" payload, per part of speech. Keys are built only for words looked up: building
 * them for all 59,000 lemmas up front would cost 10 MB for words no article uses.
 */
const asIs = (payload: string): string => payload;
const tables: Record<RelatedPart, LemmaTable<string>> = {
  noun: new LemmaTable(relatedFile.lemmas.noun, asIs),
  verb: new LemmaTable(relatedFile.lemmas.verb, asIs),
  adj: new LemmaTable(relatedFile.lemmas.adj, asIs),
};
/** Per part asked for, word as given → its keys: a repeated word is a cache hit. */
const keysCaches: Record<RelatedPart | 'any', BoundedCache<string, readonly string[]>> = {
  any: new BoundedCache(CACHE_SIZE, LONGEST_CACHED_WORD),
  noun: new BoundedCache(CACHE_SIZE, LONGEST_CACHED_WORD),
  verb: new BoundedCache(CACHE_SIZE, LONGEST_CACHED_WORD),
  adj: new BoundedCache(CACHE_SIZE, LONGEST_CACHED_WORD),
};

function addKeysIn(spelled: string, part: RelatedPart, keys: Set<string>): void {
  const table = tables[part];
  const lemma = baseForm(spelled, part, (candidate) => table.has(candidate));
  const payload = lemma === undefined ? undefined : table.get(lemma);
  if (payload === undefined) return;
  for (const id of payloadList(payload)) keys.add(relatedFile.keyPrefix + id);
}

/**
 * Keys two words share when WordNet relates them: one per synset of the word's first two senses (so
 * synonyms such as "buy" and "purchase" share one), and one per synset those senses derive from or
 * pertain to ("invest" ~ "investment", "die" ~ "death", "national" ~ "nation"). Keys look like "w:1k";
 * only synsets that two or more words share have one. Without `pos`, every part of speech counts.
 * Words WordNet lacks, and rare words that share no synset with another, give an empty list.
 */
export function relatedKeys(word: string, pos?: RelatedPart): readonly string[] {
  const cache = keysCaches[pos ?? 'any'];
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const spelled = lemmaSpelling(word);
  const keys = new Set<string>();
  for (const part of pos === undefined ? PARTS : [pos]) addKeysIn(spelled, part, keys);
  const found = Object.freeze([...keys]);
  cache.set(word, found);
  return found;
}
