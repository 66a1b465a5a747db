import { answerQuestion } from '../../src/core/answer/answer-question.js';
import type { Brief } from '../../src/core/brief.schema.js';

export interface UnsureAnswer {
  question: string;
  /** The brief the engine routed the question to and answered from. */
  briefId: string;
  confidence: number;
  /** A minimum confidence above this answer's: with it, the same question must be abstained on. */
  stricter: number;
}

/**
 * The first question the engine answers at its default threshold but short of certainty. A threshold
 * test needs one: an answer given with confidence 1 stands under any threshold. Found at run time, so the
 * tests hold while the engine's scores change; they check answered vs abstained, never the wording.
 */
export function unsureAnswer(questions: readonly string[], briefs: readonly Brief[]): UnsureAnswer {
  for (const question of questions) {
    const result = answerQuestion(question, briefs);
    if (!result.abstained && result.confidence < 1) {
      // Halfway to certainty: above this answer's confidence however close to 1 it is.
      const stricter = (1 + result.confidence) / 2;
      return { question, briefId: result.brief, confidence: result.confidence, stricter };
    }
  }
  throw new Error(`the engine answers none of these short of certainty: ${questions.join(' | ')}`);
}

/** Questions about the fixture briefs (tests/fixtures/briefs) that name no brief. */
export const FIXTURE_QUESTIONS = [
  'Who is the mayor?',
  'How many visitors did the garden show draw?',
  'Who said the expo would bring deals?',
  'How much did the repairs cost?',
  'How many exhibitors took part?',
] as const;

/** Questions about the bundled seed brief. */
export const SEED_QUESTIONS = [
  'Why was the offline exhibition closed?',
  'How many projects were signed?',
  'Who is Lu Yong?',
  'What was the maximum temperature in Chongqing?',
  'How much was the contracted investment?',
] as const;
