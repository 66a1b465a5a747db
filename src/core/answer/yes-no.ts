import type { Token } from '../text/tokenize.js';
import type { QuestionAnalysis } from './analyze-question.js';
import type { RankedSentence } from './rank-sentences.js';

export interface YesNoReading {
  answer: 'Yes' | 'No';
  sentence: number;
  confidence: number;
}

const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'without', 'neither', 'none']);
const OPPOSITES: ReadonlyArray<[string, string]> = [
  ['open', 'close'],
  ['open', 'closed'],
  ['online', 'offline'],
  ['increas', 'decreas'],
  ['rise', 'fall'],
  ['win', 'lose'],
  ['allow', 'ban'],
  ['accept', 'reject'],
  ['success', 'fail'],
  ['befor', 'after'],
  ['high', 'low'],
  ['maximum', 'minimum'],
  ['larg', 'small'],
  ['more', 'less'],
];

/**
 * Yes or no, only when one sentence states everything the question asks about: "no" when it says the
 * opposite (a negation, or an antonym of one of the question's words), "yes" when it agrees.
 */
export function readYesNo(
  analysis: QuestionAnalysis,
  ranked: readonly RankedSentence[],
): YesNoReading | null {
  const best = ranked[0];
  if (!best || best.coverage.missingKey || best.coverage.missingHead) return null;
  const { tokens } = best;
  const { index } = best.sentence;
  const opposite = contradicts(analysis.tokens, tokens);
  const agreeing = best.coverage.missing.every((term) => term.role === 'light');
  if (!opposite && !agreeing) return null;
  return {
    answer: opposite ? 'No' : 'Yes',
    sentence: index,
    confidence: best.coverage.score * (opposite ? 0.9 : 0.85),
  };
}

function contradicts(question: readonly Token[], sentence: readonly Token[]): boolean {
  const negated = (tokens: readonly Token[]) =>
    tokens.some((t) => NEGATIONS.has(t.norm) || t.norm.endsWith("n't"));
  if (negated(question) !== negated(sentence)) return true;
  const stems = (tokens: readonly Token[]) => new Set(tokens.map((t) => t.stem));
  const asked = stems(question);
  const written = stems(sentence);
  return OPPOSITES.some(
    ([a, b]) =>
      (asked.has(a) && written.has(b) && !written.has(a)) ||
      (asked.has(b) && written.has(a) && !written.has(b)),
  );
}
