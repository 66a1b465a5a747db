import nounsFile from '../../../models/wordnet-nouns.json' with { type: 'json' };
import { BoundedCache, LONGEST_CACHED_WORD } from '../bounded-cache.js';
import { LemmaTable } from './wordnet-lemma-table.js';
import { baseForm } from './wordnet-morphy.js';
import { CACHE_SIZE, lemmaSpelling, NOUN_CLASS_CODE_BASE } from './wordnet-packed.js';

const NONE: readonly string[] = [];

/** The few hundred distinct class lists, shared by every lemma that has them. */
const classLists = new Map<string, readonly string[]>();

/** A payload such as "NO" (noun.person, noun.group) → its class names, one frozen array per distinct payload. */
function classesOfPayload(payload: string): readonly string[] {
  let list = classLists.get(payload);
  if (list === undefined) {
    const names = [...payload].map((letter) => {
      const name = nounsFile.classes[letter.charCodeAt(0) - NOUN_CLASS_CODE_BASE];
      if (name === undefined) throw new Error('models/wordnet-nouns.json names a class it does not list');
      return name;
    });
    list = Object.freeze(names);
    classLists.set(payload, list);
  }
  return list;
}

const nouns = new LemmaTable(nounsFile.lemmas, classesOfPayload);
const isNoun = (lemma: string): boolean => nouns.has(lemma);
/** Word as given → its classes: a repeated word is a cache hit, not a base-form search. */
const classesCache = new BoundedCache<string, readonly string[]>(CACHE_SIZE, LONGEST_CACHED_WORD);

/**
 * The lexicographer classes of a word's noun senses ("noun.person", "noun.location", ...), most frequent
 * sense first, at most three. Plurals are reduced to their lemma ("companies" → "company"); words of more
 * than two parts ("united states of america") and words WordNet lacks give an empty list.
 */
export function nounClasses(word: string): readonly string[] {
  return classesCache.getOrCompute(word, lookUp);
}

function lookUp(word: string): readonly string[] {
  const lemma = baseForm(lemmaSpelling(word), 'noun', isNoun);
  return (lemma === undefined ? undefined : nouns.get(lemma)) ?? NONE;
}
