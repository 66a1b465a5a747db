import type { BriefCollection } from '../../src/core/answer/answer.js';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import type { LibraryEntry } from './library.js';
import { timed } from './measure.js';
import { pick, pickIndex, seededRandom } from './random.js';

/** Where the parent leaves the drawn questions for the measuring process, one JSON object a line. */
export const QUESTIONS_FILE = 'bench-questions.jsonl';

export interface BenchQuestion {
  text: string;
  /** The brief the question was written about (used as the brief id in the second mode). */
  briefId: string;
}

/** Draws `count` questions: a random brief of the library, a random question rewritten for that brief. */
export function drawQuestions(
  entries: readonly LibraryEntry[],
  templates: readonly string[],
  count: number,
): BenchQuestion[] {
  const random = seededRandom(20220822);
  return Array.from({ length: count }, () => {
    const entry = entries[pickIndex(random, entries.length)] ?? entries[0];
    if (!entry) throw new Error('the library is empty');
    return { text: entry.rewrite(pick(random, templates)), briefId: entry.id };
  });
}

export interface AskRun {
  /** Milliseconds of every call. */
  samples: number[];
  answered: number;
}

/**
 * Asks every question in turn, with or without naming its brief. `briefs` must be the same array on every
 * call: the engine caches its index on the array's identity.
 */
export function askAll(
  questions: readonly BenchQuestion[],
  briefs: BriefCollection,
  withBriefId: boolean,
): AskRun {
  const samples: number[] = [];
  let answered = 0;
  for (const q of questions) {
    const options = withBriefId ? { briefId: q.briefId } : {};
    const { ms, value } = timed(() => answerQuestion(q.text, briefs, options));
    if (!value.abstained) answered++;
    samples.push(ms);
  }
  return { samples, answered };
}
