import { type PartOfSpeech, posOfLetter } from './wordnet-format.js';
import { listPayload, packLemmas } from './wordnet-pack.js';
import { isShortLemma, synsetAt, type WordNet, wordNumber } from './wordnet-read.js';

/** Adjectives and verbs first: "low"/"high" and "win"/"lose" are the opposites questions turn on. */
const ANTONYM_PARTS: readonly PartOfSpeech[] = ['adj', 'verb', 'adv', 'noun'];

export interface AntonymsFile {
  source: string;
  license: string;
  lemmas: string;
  counts: { lemmas: number; pairs: number };
}

/** The words a lemma's senses are direct antonyms of (pointer "!", a pointer between two words). */
function antonymsOf(
  wordNet: WordNet,
  pos: PartOfSpeech,
  lemma: string,
  offsets: readonly number[],
): string[] {
  const found: string[] = [];
  for (const offset of offsets) {
    const synset = synsetAt(wordNet, pos, offset);
    const word = wordNumber(synset, lemma);
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '!' || pointer.sourceWord !== word) continue;
      const target = synsetAt(wordNet, posOfLetter(pointer.pos), pointer.offset);
      const antonym = target.words[pointer.targetWord - 1];
      if (antonym === undefined) throw new Error(`antonym of "${lemma}" names a missing word`);
      found.push(antonym);
    }
  }
  return found;
}

/** Every short lemma with a direct antonym, all parts of speech merged, adjective senses first. */
export function buildAntonyms(wordNet: WordNet, license: string): AntonymsFile {
  const byLemma = new Map<string, string[]>();
  for (const pos of ANTONYM_PARTS) {
    for (const { lemma, offsets } of wordNet.index[pos]) {
      if (!isShortLemma(lemma)) continue;
      const antonyms = antonymsOf(wordNet, pos, lemma, offsets);
      if (antonyms.length === 0) continue;
      const known = byLemma.get(lemma) ?? [];
      for (const antonym of antonyms) if (!known.includes(antonym)) known.push(antonym);
      byLemma.set(lemma, known);
    }
  }
  const payloads = new Map([...byLemma].map(([lemma, antonyms]) => [lemma, listPayload(antonyms)]));
  const pairs = [...byLemma.values()].reduce((total, antonyms) => total + antonyms.length, 0);
  return {
    source: wordNet.source,
    license,
    lemmas: packLemmas(payloads),
    counts: { lemmas: byLemma.size, pairs },
  };
}
