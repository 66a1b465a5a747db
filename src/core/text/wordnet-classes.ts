import nounsFile from '../../../models/wordnet-nouns.json' with { type: 'json' };
import { LemmaTable } from './wordnet-lemma-table.js';
import { baseForm } from './wordnet-morphy.js';
import { CACHE_LIMIT, lemmaSpelling, NOUN_CLASS_CODE_BASE } from './wordnet-packed.js';

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
/** Word as given → its classes: a repeated word costs one Map get, not a base-form search. */
const classesCache = new Map<string, readonly string[]>();

/**
 * The lexicographer classes of a word's noun senses ("noun.person", "noun.location", ...), most frequent
 * sense first, at most three. Plurals are reduced to their lemma ("companies" → "company"); words of more
 * than two parts ("united states of america") and words WordNet lacks give an empty list.
 */
export function nounClasses(word: string): readonly string[] {
  let classes = classesCache.get(word);
  if (classes === undefined) {
    const lemma = baseForm(lemmaSpelling(word), 'noun', isNoun);
    classes = (lemma === undefined ? undefined : nouns.get(lemma)) ?? NONE;
    if (classesCache.size < CACHE_LIMIT) classesCache.set(word, classes);
  }
  return classes;
}
