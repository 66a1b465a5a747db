import { startsSentence, wordsOf } from './names.js';
import { isPastVerb } from './verbs.js';

export type Tense = 'past' | 'present' | 'future';

/** A stretch of a sentence between clause breaks, with the tense its verbs are in (if it has any). */
interface Segment {
  start: number;
  end: number;
  tense?: Tense;
}

/** Where a sentence breaks into clauses: punctuation, and words that open a clause of their own. */
const CLAUSE_BREAK = /[,;:—–()]|\s--?\s|\b(?:that|which|who|but|because|although|though|while|whereas)\b/gi;

/** Words that put a clause after the time of writing, including a future reported in the past ("would"). */
const FUTURE =
  /\b(?:will|shall|won['’]t|would|going to|due to|set to|expected to|scheduled(?: to| for)?|plans? to|planned|aims? to|intends? to|upcoming|forthcoming)\b|['’]ll\b/i;

/**
 * The tenses of a sentence's clauses, read once per sentence: a date takes the tense of its own clause, or,
 * when that clause has no verb ("In September, the plant closed"), of the nearest clause that has one.
 */
export function readTenses(sentence: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (const stop of [...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index).concat(sentence.length)) {
    if (stop > start) segments.push({ start, end: stop, ...tenseOf(sentence, start, stop) });
    start = stop;
  }
  return segments;
}

/** The tense at an offset: its clause's, else the next clause's, else the one before's; else present. */
export function tenseAt(segments: readonly Segment[], at: number): Tense {
  const home = segments.findIndex((s) => s.start <= at && at < s.end);
  if (home === -1) return 'present';
  const after = segments.slice(home).find((s) => s.tense);
  const before = segments.slice(0, home).findLast((s) => s.tense);
  return after?.tense ?? before?.tense ?? 'present';
}

function tenseOf(sentence: string, start: number, end: number): { tense?: Tense } {
  const text = sentence.slice(start, end);
  // "will be closed": a future auxiliary outweighs the participle after it.
  if (FUTURE.test(text)) return { tense: 'future' };
  const words = wordsOf(text);
  const past = words.some((word, i) =>
    isPastVerb(word.text, words[i - 1]?.text, startsSentence(sentence, start + word.start)),
  );
  if (past) return { tense: 'past' };
  return words.some((word) => /^(?:is|are|am|has|have|does|do)$/i.test(word.text))
    ? { tense: 'present' }
    : {};
}
