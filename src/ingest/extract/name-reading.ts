import type { NameKind } from './name-kind.js';
import type { Word } from './words.js';

/** One reading of one name in one sentence; readings of the same name are merged into an entity. */
export interface NameReading {
  /** 'unknown': a capitalised run with no cue, kept only to be matched as another name's alias. */
  kind: NameKind | 'unknown';
  name: string;
  weight: number;
  sentence: number;
  orgKind?: string;
  within?: string;
  role?: string;
  organisation?: string;
  aliases?: string[];
  /** It begins its sentence, so its capital letter proves nothing. */
  initial?: boolean;
}

export interface SentenceContext {
  index: number;
  text: string;
  words: readonly Word[];
  /** Offsets where a list of companies ("companies such as …") has its items. */
  companyItems: ReadonlyArray<{ start: number; end: number }>;
  /** Offsets where an item of any list starts. */
  itemStarts: ReadonlySet<number>;
}
