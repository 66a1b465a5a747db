/**
 * Scoring one news question as the set's `about` says: an answer is right when every token of any one group
 * stands in the short answer (case-insensitive; "yes"/"no" only as whole words) and it has at most 40 words;
 * an unanswerable question is right only when the bot abstains.
 */
import type { AnswerResult, BriefCollection } from '../../src/core/answer/answer.js';
import type { NewsQuestion } from './news-set.js';
import type { AskWith } from './qa-suite.js';

/** Longer answers are not short answers: a paragraph that happens to hold the tokens is not right. */
export const MAX_ANSWER_WORDS = 40;

/** "yes" and "no" would otherwise match inside "eyes", "not", "know"… */
const WHOLE_WORD_TOKENS = new Set(['yes', 'no']);

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function standsIn(answer: string, token: string): boolean {
  const t = token.toLowerCase();
  if (!WHOLE_WORD_TOKENS.has(t.trim())) return answer.includes(t);
  return new RegExp(`(?<![\\p{L}\\p{N}])${t.trim()}(?![\\p{L}\\p{N}])`, 'u').test(answer);
}

/** True when the answer is short enough and holds every token of at least one group. */
export function isRightAnswer(answer: string, groups: readonly (readonly string[])[]): boolean {
  return wordCount(answer) <= MAX_ANSWER_WORDS && holdsAnyGroup(answer, groups);
}

/** True when the text holds every token of at least one group (case-insensitive). */
export function holdsAnyGroup(text: string, groups: readonly (readonly string[])[]): boolean {
  const folded = text.toLowerCase();
  return groups.some((group) => group.every((token) => standsIn(folded, token)));
}

/** One question's outcome in one run. */
export interface NewsOutcome {
  question: NewsQuestion;
  result: AnswerResult | null;
  error: string | null;
  abstained: boolean;
  /** An answer was given (not an abstention, not an engine error). */
  given: boolean;
  right: boolean;
  /** The brief the engine went to: the cited one for an answer, the routed one for an abstention. */
  brief: string | null;
}

/** Scores one reply; `result` null means the engine threw: neither an answer nor an abstention, so wrong. */
export function scoreNewsReply(
  question: NewsQuestion,
  result: AnswerResult | null,
  error: string | null = null,
): NewsOutcome {
  const abstained = result?.abstained === true;
  const given = result !== null && !result.abstained;
  const brief = result === null ? null : result.abstained ? result.brief : result.citation.brief;
  let right: boolean;
  if (question.unanswerable) right = abstained;
  else right = given && isRightAnswer(result.answer, question.any ?? []);
  return { question, result, error, abstained, given, right, brief };
}

/** How a run asks: naming the question's article, or of the whole library as a chat user who names none. */
export type NewsMode = 'named' | 'routed';

/** Asks every question once in one mode at one threshold. An engine error counts as wrong. */
export function askNews(
  questions: readonly NewsQuestion[],
  briefs: BriefCollection,
  briefIdOf: (article: string) => string,
  ask: AskWith,
  mode: NewsMode,
  threshold: number,
): NewsOutcome[] {
  return questions.map((q) => {
    const options = mode === 'named' ? { briefId: briefIdOf(q.article), threshold } : { threshold };
    try {
      return scoreNewsReply(q, ask(q.q, briefs, options));
    } catch (error) {
      return scoreNewsReply(q, null, error instanceof Error ? error.message : String(error));
    }
  });
}
