import type { AnswerOptions, AnswerResult, BriefCollection } from './answer.js';

/** Answers a question from the briefs, citing one sentence, or abstains. (Engine in progress.) */
export function answerQuestion(
  question: string,
  briefs: BriefCollection,
  options: AnswerOptions = {},
): AnswerResult {
  const brief = options.briefId ? briefs.find((b) => b.id === options.briefId) : briefs[0];
  return {
    abstained: true,
    question,
    brief: brief?.id ?? null,
    message: "The article doesn't say.",
    confidence: 0,
    expected: 'description',
  };
}
