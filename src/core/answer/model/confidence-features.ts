import { FEATURE_NAMES, type FeatureName } from '../candidate-features.js';

/**
 * What the confidence model reads about the best candidate. Candidates that are one answer said longer or
 * shorter ("Huawei Ascend series" and "Huawei Ascend series processors") are not rivals: their shares of the
 * ranker's softmax are added up as one answer's mass. A rival is a candidate that does not overlap the best.
 * Then how many answers there were, and the kind of question.
 */
export const CONFIDENCE_FEATURES = [
  'best answer mass (logit)',
  'best ranker score',
  'rival mass',
  'candidates (log)',
  'wants a figure',
  'wants a name',
  'wants a thing or list',
  'wants a reason or manner',
  'best lacks a name or number',
  'best coverage',
  'best hand-weighted prior',
  'best: asked-about word nowhere in the article',
  'best: words unknown to the article',
] as const;

/** A candidate as the confidence model sees it: its answer, its features and the ranker's score. */
export interface Scored {
  answer: string;
  features: ArrayLike<number>;
  logit: number;
}

/** The confidence features of a question's candidates, best first (at least one). */
export function confidenceFeatures(ranked: readonly Scored[]): number[] {
  const best = ranked[0] as Scored;
  const top = best.logit;
  const weights = ranked.map((r) => Math.exp(r.logit - top));
  const total = weights.reduce((a, b) => a + b, 0);
  const bestText = best.answer.toLowerCase();
  let mass = 0;
  let rival = 0;
  ranked.forEach((r, i) => {
    const share = (weights[i] as number) / total;
    if (overlaps(bestText, r.answer.toLowerCase())) mass += share;
    else rival = Math.max(rival, share);
  });
  const f = best.features;
  const at = (name: FeatureName) => f[FEATURE_NAMES.indexOf(name)] ?? 0;
  const clipped = Math.min(1 - 1e-4, Math.max(1e-4, mass));
  return [
    Math.log(clipped / (1 - clipped)),
    top,
    rival,
    Math.log1p(ranked.length),
    at('wants a figure'),
    at('wants a name'),
    at('wants a thing or list'),
    at('wants a reason or manner'),
    at('missing name or number'),
    at('coverage'),
    at('hand-weighted prior'),
    at('asked-about word nowhere in the article'),
    at('missing words unknown to the article'),
  ];
}

function overlaps(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}
