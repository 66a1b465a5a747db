import { type PartOfSpeech, posOfLetter } from './wordnet-format.js';
import { listPayload, packLemmas } from './wordnet-pack.js';
import { isShortLemma, synsetAt, type WordNet, wordNumber } from './wordnet-read.js';

const RELATED_PARTS = ['noun', 'verb', 'adj'] as const;
type RelatedPart = (typeof RELATED_PARTS)[number];

/** Later senses are mostly rare readings ("invest" = "clothe"); matching on them would join unrelated words. */
const SENSES_PER_PART = 2;
/** "+" joins derivations (invest ~ investment, die ~ death), "\" an adjective to its noun (national ~ nation). */
const LINK_POINTERS: ReadonlySet<string> = new Set(['+', '\\']);

export interface RelatedKeysFile {
  source: string;
  license: string;
  /** A payload id i is the key keyPrefix + i; ids are dense, the most shared synsets have the shortest. */
  keyPrefix: string;
  lemmas: Record<RelatedPart, string>;
  counts: Record<RelatedPart, { candidates: number; covered: number }> & { keys: number };
}

interface Candidate {
  pos: RelatedPart;
  lemma: string;
  synsets: string[];
}

/**
 * How many of a lemma's senses get keys. Lemmas seen in the sense-tagged corpora (tagsense_cnt > 0) get
 * their first two. Untagged single words get their first: their sense order is arbitrary, but untagged
 * includes news words such as "ceo", "shareholder" and "pandemic". Untagged two-word lemmas are left
 * out: mostly species and technical compounds, nearly half the file for words news rarely uses.
 */
function sensesCovered(taggedSenses: number, lemma: string): number {
  if (!isShortLemma(lemma)) return 0;
  if (taggedSenses > 0) return SENSES_PER_PART;
  return lemma.includes('_') ? 0 : 1;
}

/** The synsets a lemma's first senses belong to, plus those they derive from or pertain to. */
function synsetsOf(wordNet: WordNet, pos: PartOfSpeech, lemma: string, offsets: readonly number[]): string[] {
  const found = new Set<string>();
  for (const offset of offsets) {
    const synset = synsetAt(wordNet, pos, offset);
    found.add(`${pos}:${offset}`);
    const word = wordNumber(synset, lemma);
    for (const pointer of synset.pointers) {
      if (!LINK_POINTERS.has(pointer.symbol)) continue;
      if (pointer.sourceWord !== 0 && pointer.sourceWord !== word) continue;
      found.add(`${posOfLetter(pointer.pos)}:${pointer.offset}`);
    }
  }
  return [...found];
}

/** Dense ids for synsets that at least two lemmas share: a key only one lemma has can never match. */
function denseIds(candidates: readonly Candidate[]): Map<string, string> {
  const uses = new Map<string, number>();
  for (const { synsets } of candidates)
    for (const synset of synsets) uses.set(synset, (uses.get(synset) ?? 0) + 1);
  const shared = [...uses].filter(([, count]) => count >= 2);
  shared.sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(shared.map(([synset], id) => [synset, id.toString(36)]));
}

export function buildRelatedKeys(wordNet: WordNet, license: string): RelatedKeysFile {
  const candidates: Candidate[] = [];
  for (const pos of RELATED_PARTS) {
    for (const { lemma, offsets, taggedSenses } of wordNet.index[pos]) {
      const senses = sensesCovered(taggedSenses, lemma);
      if (senses > 0)
        candidates.push({ pos, lemma, synsets: synsetsOf(wordNet, pos, lemma, offsets.slice(0, senses)) });
    }
  }
  const ids = denseIds(candidates);
  const lemmas = {} as RelatedKeysFile['lemmas'];
  const counts = { keys: ids.size } as RelatedKeysFile['counts'];
  for (const pos of RELATED_PARTS) {
    const payloads = new Map<string, string>();
    const ofPart = candidates.filter((candidate) => candidate.pos === pos);
    for (const { lemma, synsets } of ofPart) {
      const kept = synsets.flatMap((synset) => ids.get(synset) ?? []);
      if (kept.length > 0) payloads.set(lemma, listPayload(kept));
    }
    lemmas[pos] = packLemmas(payloads);
    counts[pos] = { candidates: ofPart.length, covered: payloads.size };
  }
  return { source: wordNet.source, license, keyPrefix: 'w:', lemmas, counts };
}
