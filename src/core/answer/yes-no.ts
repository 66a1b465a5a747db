import type { Token } from '../text/tokenize.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { oppositeStems } from './candidate-context.js';
import type { RankedSentence } from './rank-sentences.js';

export interface YesNoReading {
  answer: 'Yes' | 'No';
  sentence: number;
  /** How much of the question the sentence accounts for (0–1). */
  coverage: number;
  /** The sentence says the opposite: a negation the question lacks, or a WordNet antonym of its words. */
  opposite: boolean;
}

/** What the yes/no confidence model reads (its weights are in the answer model, learned by npm run train). */
export const YES_NO_FEATURES = ['coverage of the question', 'says the opposite'] as const;

export function yesNoFeatures(reading: YesNoReading): number[] {
  return [reading.coverage, reading.opposite ? 1 : 0];
}

const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'without', 'neither', 'none']);

/**
 * Yes or no, only when one sentence states everything the question asks about: "no" when it says the
 * opposite (a negation, or a WordNet antonym of one of the question's words), "yes" when it agrees.
 */
export function readYesNo(
  analysis: QuestionAnalysis,
  ranked: readonly RankedSentence[],
): YesNoReading | null {
  const best = ranked[0];
  if (!best || best.coverage.missingKey || best.coverage.missingHead) return null;
  const opposite = contradicts(analysis, best.tokens);
  const agreeing = best.coverage.missing.every((term) => term.role === 'light');
  if (!opposite && !agreeing) return null;
  return {
    answer: opposite ? 'No' : 'Yes',
    sentence: best.sentence.index,
    coverage: best.coverage.score,
    opposite,
  };
}

function contradicts(analysis: QuestionAnalysis, sentence: readonly Token[]): boolean {
  const negated = (tokens: readonly Token[]) =>
    tokens.some((t) => NEGATIONS.has(t.norm) || t.norm.endsWith("n't"));
  if (negated(analysis.tokens) !== negated(sentence)) return true;
  const written = new Set(sentence.map((t) => t.stem));
  return oppositeStems(analysis).some(({ asked, opposite }) => written.has(opposite) && !written.has(asked));
}
