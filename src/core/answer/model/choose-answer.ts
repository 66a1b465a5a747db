import type { Weighed } from '../weigh-candidates.js';
import type { AnswerModel } from './answer-model.js';
import { confidenceFeatures } from './confidence-features.js';
import { probability } from './logistic.js';
import { treesScore } from './trees.js';

export interface RankedWeighed {
  weighed: Weighed;
  logit: number;
}

export interface Choice {
  /** The candidates, best first, with the ranker's score. */
  ranked: RankedWeighed[];
  /** The probability that the best candidate is the right answer. */
  confidence: number;
}

/** Ranks the candidates with the learned ranker and says how likely the best one is right. */
export function chooseAnswer(weighed: readonly Weighed[], model: AnswerModel): Choice | undefined {
  if (weighed.length === 0) return undefined;
  const ranked = weighed
    .map((w) => ({ weighed: w, logit: treesScore(model.ranker, w.features) }))
    .sort((a, b) => b.logit - a.logit);
  const scored = ranked.map((r) => ({
    answer: r.weighed.candidate.answer,
    features: r.weighed.features,
    logit: r.logit,
  }));
  return { ranked, confidence: probability(model.confidence, confidenceFeatures(scored)) };
}
