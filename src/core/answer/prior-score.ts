import type { QuestionAnalysis } from './analyze-question.js';
import type { Candidate } from './candidate.js';
import type { Coverage } from './evidence.js';
import type { PreparedBrief } from './prepare-brief.js';

/**
 * The engine's first, hand-weighted score, kept as one feature among the others: it encodes what the brief's
 * curated parts are worth (a person's recorded role, a fact with its subject), which the training questions
 * seldom exercise. The learned models decide how much to lean on it.
 */
const ORIGIN_WEIGHT: Record<Candidate['origin'], number> = {
  fact: 1,
  entity: 1,
  span: 0.9,
  cue: 0.9,
  clause: 0.7,
};

export function priorScore(
  analysis: QuestionAnalysis,
  candidate: Candidate,
  coverage: Coverage,
  prepared: PreparedBrief,
): number {
  let score =
    candidate.typeFit *
    (0.15 + 0.85 * coverage.score) *
    (0.55 + 0.45 * candidate.support) *
    ORIGIN_WEIGHT[candidate.origin];
  if (coverage.missingKey) score *= 0.25;
  if (coverage.missingHead) {
    const onlyVerbs = coverage.missing.every((t) => t.role !== 'head' || t.verbHead);
    score *= onlyVerbs ? 0.65 : 0.4;
  } else if (coverage.weakHead) score *= 0.6;
  for (const term of coverage.missing) {
    if (term.role !== 'content') continue;
    const pointsElsewhere =
      prepared.keys.has(term.token.stem) &&
      !prepared.titleKeys.has(term.token.stem) &&
      !/(?:ing|ed)$/.test(term.token.norm);
    const unknown = !term.token.keys.some((k) => prepared.keys.has(k));
    score *= pointsElsewhere ? 0.6 : unknown && analysis.caseless ? 0.5 : 0.85;
  }
  return Math.min(1, score);
}
