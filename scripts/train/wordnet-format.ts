/**
 * Parsers for the WordNet database files, following the wndb(5WN) format description:
 *   index.pos: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
 *   data.pos:  synset_offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt
 *              (pointer_symbol synset_offset pos source/target)... [frames] | gloss
 * Lines that begin with two spaces are the license header and carry no data.
 */

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

export interface IndexEntry {
  /** Lower-case, words joined by underscores, as the index stores it. */
  lemma: string;
  /** Synset offsets, most frequent sense first. */
  offsets: readonly number[];
  /** How many of the senses were seen in the semantically tagged corpora. */
  taggedSenses: number;
}

export interface Pointer {
  symbol: string;
  offset: number;
  /** n, v, a, s or r. */
  pos: string;
  /** Word numbers (1-based) a lexical pointer joins; 0 and 0 for a pointer between whole synsets. */
  sourceWord: number;
  targetWord: number;
}

export interface Synset {
  offset: number;
  lexFile: number;
  /** Lower-cased words with underscores, adjective markers such as "(p)" removed. */
  words: readonly string[];
  pointers: readonly Pointer[];
}

function isDataLine(line: string): boolean {
  return line.length > 0 && !line.startsWith('  ');
}

/** Reads the field at `at` as an integer, failing loudly: a silent NaN would corrupt every id after it. */
function integer(fields: readonly string[], at: number, radix = 10): number {
  const text = fields[at];
  const value = text === undefined ? Number.NaN : Number.parseInt(text, radix);
  if (Number.isNaN(value)) throw new Error(`bad WordNet field ${at} in: ${fields.join(' ').slice(0, 80)}`);
  return value;
}

export function parseIndexFile(text: string): IndexEntry[] {
  return text
    .split('\n')
    .filter(isDataLine)
    .map((line) => {
      const fields = line.trim().split(' ');
      const synsetCount = integer(fields, 2);
      const pointerKinds = integer(fields, 3);
      const taggedSenses = integer(fields, 5 + pointerKinds);
      const first = 6 + pointerKinds;
      const offsets = Array.from({ length: synsetCount }, (_, i) => integer(fields, first + i));
      return { lemma: fields[0] ?? '', offsets, taggedSenses };
    });
}

export function parseDataLine(line: string): Synset {
  const fields = line.slice(0, line.indexOf(' | ')).trim().split(' ');
  const wordCount = integer(fields, 3, 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    words.push((fields[4 + 2 * i] ?? '').replace(/\([a-z]+\)$/, '').toLowerCase());
  }
  const pointerAt = 4 + 2 * wordCount;
  const pointerCount = integer(fields, pointerAt);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++) {
    const at = pointerAt + 1 + 4 * i;
    const sourceTarget = fields[at + 3] ?? '0000';
    pointers.push({
      symbol: fields[at] ?? '',
      offset: integer(fields, at + 1),
      pos: fields[at + 2] ?? '',
      sourceWord: Number.parseInt(sourceTarget.slice(0, 2), 16),
      targetWord: Number.parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { offset: integer(fields, 0), lexFile: integer(fields, 1), words, pointers };
}

/** Synsets by offset; offsets are byte positions, so they are unique only within one part of speech. */
export function parseDataFile(text: string): Map<number, Synset> {
  const synsets = new Map<number, Synset>();
  for (const line of text.split('\n').filter(isDataLine)) {
    const synset = parseDataLine(line);
    synsets.set(synset.offset, synset);
  }
  return synsets;
}

/** Pointer pos letters name data files; "s" (adjective satellite) lives in data.adj. */
export function posOfLetter(letter: string): PartOfSpeech {
  if (letter === 'n') return 'noun';
  if (letter === 'v') return 'verb';
  if (letter === 'r') return 'adv';
  return 'adj';
}

/** Lexicographer file names by number (lexnames(5WN)); WordNet 3.1 uses numbers 0-44. */
export const LEXICOGRAPHER_FILES: readonly string[] = (
  'adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body ' +
  'noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location ' +
  'noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process ' +
  'noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change ' +
  'verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation ' +
  'verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl'
).split(' ');
