import type { QuestionAnalysis, QuestionTerm } from './analyze-question.js';
import type { ExpectedType } from './answer.js';
import type { PreparedBrief } from './prepare-brief.js';

const WANTED: Partial<Record<ExpectedType, string>> = {
  money: 'an amount',
  count: 'a number',
  percent: 'a percentage',
  temperature: 'a temperature',
  date: 'a date',
  duration: 'a length of time',
  quantity: 'a figure',
  number: 'a figure',
  person: 'who',
  organisation: 'which organisation',
  place: 'where',
  role: 'the role',
  reason: 'why',
  manner: 'how',
  yesno: 'whether',
};

/** Says plainly that the article does not answer, and what it lacks, without guessing. */
export function abstentionMessage(
  analysis: QuestionAnalysis,
  prepared: PreparedBrief | undefined,
  missing: readonly QuestionTerm[],
): string {
  if (!prepared) return "The article doesn't say: no brief in the library covers this question.";
  const absent = absentWords(missing, prepared);
  if (absent.length > 0) return `The article doesn't say: it never mentions ${joinWords(absent, 'or')}.`;
  const named = analysis.terms
    .filter((t) => t.role === 'proper' || t.role === 'head')
    .map((t) => t.token.raw);
  const wanted = WANTED[analysis.expected] ?? 'an answer';
  if (named.length > 0) {
    return `The article doesn't say: nothing in it gives ${wanted} that goes with ${joinWords(named, 'and')}.`;
  }
  return "The article doesn't say: no sentence in it answers this.";
}

/** The question's words, as typed, that the article never mentions in any form (light words aside). */
export function absentWords(missing: readonly QuestionTerm[], prepared: PreparedBrief): string[] {
  const absent = missing.filter((t) => t.role !== 'light' && !t.token.keys.some((k) => prepared.keys.has(k)));
  return [...new Set(absent.map((t) => t.token.raw))];
}

function joinWords(words: readonly string[], conjunction: 'and' | 'or'): string {
  const unique = [...new Set(words)];
  if (unique.length <= 1) return `"${unique[0] ?? ''}"`;
  return `${unique
    .slice(0, -1)
    .map((w) => `"${w}"`)
    .join(', ')} ${conjunction} "${unique.at(-1)}"`;
}
