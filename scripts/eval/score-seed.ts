import type { AnswerResult, BriefCollection } from '../../src/core/answer/answer.js';
import type { SeedQuestion, SeedSet } from './seed-set.js';
import { type ItemResult, proportion, type SuiteResult } from './suite.js';

/** The seed set's targets: at least 90% of each kind of question right. */
export const SEED_TARGETS = { answerable: 0.9, unanswerable: 0.9 } as const;

/** Asks one question of the whole library (no brief named: routing is part of the test). */
export type Ask = (question: string, briefs: BriefCollection) => AnswerResult;

/**
 * Folds text for matching as the set's "about" says: case-insensitive, white space and commas folded.
 * A comma between digits is a thousands separator and is dropped ("1,000" = "1000"); any other comma counts
 * as white space; runs of white space become one space.
 */
export function foldForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/(?<=\d),(?=\d)/g, '')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the answer contains every token of at least one group. */
export function matchesAnyGroup(answer: string, groups: readonly (readonly string[])[]): boolean {
  const folded = foldForMatch(answer);
  return groups.some((group) => group.every((token) => folded.includes(foldForMatch(token))));
}

/** Runs every seed question against the library and scores it. Never throws for an engine error. */
export function runSeedSuite(set: SeedSet, briefs: BriefCollection, ask: Ask): SuiteResult {
  const items = set.questions.map((q) => scoreOne(q, briefs, ask));
  const answerable = items.filter((i) => i.expect === 'answer');
  const unanswerable = items.filter((i) => i.expect === 'abstain');
  return {
    suite: 'seed',
    source: set.path,
    metrics: [
      proportion(
        'answerable right',
        answerable.filter((i) => i.ok).length,
        answerable.length,
        SEED_TARGETS.answerable,
      ),
      proportion(
        'unanswerable abstained',
        unanswerable.filter((i) => i.ok).length,
        unanswerable.length,
        SEED_TARGETS.unanswerable,
      ),
    ],
    items,
  };
}

function scoreOne(q: SeedQuestion, briefs: BriefCollection, ask: Ask): ItemResult {
  const base = {
    id: q.id,
    question: q.question,
    expect: q.expect,
    ...(q.expect === 'answer' ? { want: q.groups } : {}),
  };
  let result: AnswerResult;
  try {
    result = ask(q.question, briefs);
  } catch (error) {
    // An engine that throws has neither answered nor abstained: the question counts as wrong.
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, ok: false, answer: null, message, brief: null, sentence: null, error: true };
  }
  if (result.abstained) {
    return {
      ...base,
      ok: q.expect === 'abstain',
      answer: null,
      message: result.message,
      brief: result.brief,
      sentence: null,
    };
  }
  const ok = q.expect === 'answer' && matchesAnyGroup(result.answer, q.groups);
  return {
    ...base,
    ok,
    answer: result.answer,
    message: null,
    brief: result.citation.brief,
    sentence: result.citation.sentence,
  };
}
