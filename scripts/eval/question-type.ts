/** The question's type from its question words, for the "F1 by question type" tables. */

export const QUESTION_TYPES = [
  'what',
  'which',
  'who',
  'when',
  'where',
  'why',
  'how many',
  'how much',
  'other',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const WH: Record<string, QuestionType> = {
  what: 'what',
  which: 'which',
  who: 'who',
  whom: 'who',
  whose: 'who',
  when: 'when',
  where: 'where',
  why: 'why',
};

/**
 * The first question word decides: "In what country…" is `what`, "The Normans were from which…" is `which`;
 * "how many"/"how much" count only as a pair (a bare "how" is `other`), as does a question with no such word.
 */
export function questionType(question: string): QuestionType {
  const words = question.toLowerCase().match(/[a-z]+/g) ?? [];
  for (const [i, word] of words.entries()) {
    const wh = WH[word];
    if (wh) return wh;
    if (word === 'how') {
      const next = words[i + 1];
      return next === 'many' ? 'how many' : next === 'much' ? 'how much' : 'other';
    }
  }
  return 'other';
}
