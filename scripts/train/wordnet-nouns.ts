import { NOUN_CLASS_CODE_BASE } from '../../src/core/text/wordnet-packed.js';
import { LEXICOGRAPHER_FILES } from './wordnet-format.js';
import { packLemmas } from './wordnet-pack.js';
import { isShortLemma, synsetAt, type WordNet } from './wordnet-read.js';

/** Noun lexicographer files are numbers 3 (noun.Tops) to 28 (noun.time). */
const FIRST_NOUN_FILE = 3;
const LAST_NOUN_FILE = 28;
const MAX_CLASSES = 3;

export interface NounClassesFile {
  source: string;
  license: string;
  /** Class names; a lemma's payload letter "A" + i stands for classes[i]. */
  classes: string[];
  lemmas: string;
  counts: { lemmas: number; droppedLongLemmas: number };
}

/**
 * Each noun lemma with the lexicographer classes of its senses, most frequent sense first (the index
 * lists senses by tagged frequency), at most three distinct classes. Proper nouns ("france") are in
 * the same index, so places and people come with them.
 */
export function buildNounClasses(wordNet: WordNet, license: string): NounClassesFile {
  const payloads = new Map<string, string>();
  let droppedLongLemmas = 0;
  for (const entry of wordNet.index.noun) {
    if (!isShortLemma(entry.lemma)) {
      droppedLongLemmas++;
      continue;
    }
    const files: number[] = [];
    for (const offset of entry.offsets) {
      const file = synsetAt(wordNet, 'noun', offset).lexFile;
      if (file < FIRST_NOUN_FILE || file > LAST_NOUN_FILE)
        throw new Error(`noun in lexicographer file ${file}`);
      if (!files.includes(file) && files.length < MAX_CLASSES) files.push(file);
    }
    const letters = files.map((file) => String.fromCharCode(NOUN_CLASS_CODE_BASE + file - FIRST_NOUN_FILE));
    payloads.set(entry.lemma, letters.join(''));
  }
  return {
    source: wordNet.source,
    license,
    classes: LEXICOGRAPHER_FILES.slice(FIRST_NOUN_FILE, LAST_NOUN_FILE + 1),
    lemmas: packLemmas(payloads),
    counts: { lemmas: payloads.size, droppedLongLemmas },
  };
}
