import type { QuestionAnalysis } from './analyze-question.js';
import { type Coverage, measureCoverage, nearbyKeys } from './evidence.js';
import type { PreparedBrief, PreparedSentence } from './prepare-brief.js';

export interface RankedSentence {
  sentence: PreparedSentence;
  coverage: Coverage;
  nearby: ReadonlySet<string>;
}

/** The sentences that account for most of the question, best first. */
export function rankSentences(
  analysis: QuestionAnalysis,
  prepared: PreparedBrief,
  limit = 3,
): RankedSentence[] {
  const ranked = prepared.sentences.map((sentence) => {
    const nearby = nearbyKeys(prepared, sentence.index);
    return { sentence, nearby, coverage: measureCoverage(analysis, { keys: sentence.keys, nearby }) };
  });
  ranked.sort((a, b) => b.coverage.score - a.coverage.score || a.sentence.index - b.sentence.index);
  return ranked.slice(0, limit).filter((r) => r.coverage.score > 0);
}
