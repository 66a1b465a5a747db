import { type Token, tokenize } from '../text/tokenize.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { type Coverage, measureCoverage } from './evidence.js';
import type { PreparedBrief, PreparedSentence } from './prepare-brief.js';

export interface RankedSentence {
  sentence: PreparedSentence;
  /** The sentence's words, tokenised only for the few sentences that can answer. */
  tokens: Token[];
  coverage: Coverage;
}

/** The sentences that account for most of the question, best first. */
export function rankSentences(
  analysis: QuestionAnalysis,
  prepared: PreparedBrief,
  limit = 3,
): RankedSentence[] {
  const scored = prepared.sentences.map((sentence) => ({
    sentence,
    coverage: measureCoverage(analysis, { keys: [sentence.keys], nearby: sentence.nearby }),
  }));
  scored.sort((a, b) => b.coverage.score - a.coverage.score || a.sentence.index - b.sentence.index);
  return scored
    .slice(0, limit)
    .filter((r) => r.coverage.score > 0)
    .map((r) => ({ ...r, tokens: tokenize(r.sentence.text) }));
}
