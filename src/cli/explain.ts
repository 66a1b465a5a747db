import type { BriefCollection } from '../core/answer/answer.js';
import { explainQuestion } from '../core/answer/answer-question.js';

/**
 * `ask --explain`: how the engine read the question and the best few answers it weighed, with the
 * confidence of each and the question words its evidence lacked — to see why it answered or abstained.
 */
export function formatExplanation(question: string, briefs: BriefCollection, briefId?: string): string {
  const { analysis, candidates } = explainQuestion(question, briefs, briefId);
  const terms = analysis.terms.map((t) => `${t.token.raw}:${t.role}`).join(' ');
  const lines = [`reading: expects ${analysis.expected}; words ${terms || '(none)'}`];
  for (const { candidate, confidence, coverage } of candidates) {
    const missing = coverage.missing.map((t) => t.token.raw).join(', ');
    lines.push(
      `  ${confidence.toFixed(3)}  ${candidate.origin.padEnd(6)} sentence ${candidate.sentence + 1}: "${candidate.answer}"${missing ? `  (lacks ${missing})` : ''}`,
    );
  }
  if (candidates.length === 0) lines.push('  no candidate answers');
  return lines.join('\n');
}
