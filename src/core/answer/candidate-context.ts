import type { Token } from '../text/tokenize.js';
import { stemWord } from '../text/tokenize.js';
import { antonyms } from '../text/wordnet.js';
import type { QuestionAnalysis } from './analyze-question.js';
import type { Candidate } from './candidate.js';
import { boundaryBetween } from './clause-candidates.js';
import { matchStrength } from './evidence.js';
import type { PreparedBrief } from './prepare-brief.js';
import type { SentenceReading } from './span-context.js';

/**
 * Adds to each candidate what it takes to tell which value a name governs and whether the sentence
 * says the opposite of the question: the share of the question's names standing in the candidate's own
 * clause ("How many points did Ruiz score?" — Ruiz's clause, not the clause of another player), and a
 * polarity conflict ("lowest" asked, only "highest" written). Both are features of the answer model.
 */
export function placeCandidates(
  analysis: QuestionAnalysis,
  candidates: Candidate[],
  prepared: PreparedBrief,
  read: (index: number) => SentenceReading | undefined,
): void {
  const names = analysis.terms.filter((t) => t.role === 'proper');
  const opposites = oppositeStems(analysis);
  for (const candidate of candidates) {
    const tokens = candidate.span ? read(candidate.sentence)?.tokens : undefined;
    candidate.nameInClause = nameShare(candidate, names, tokens, prepared);
    if (opposites.length > 0) {
      const keys = prepared.sentences[candidate.sentence]?.keys;
      candidate.polarityConflict =
        !!keys && opposites.some(({ asked, opposite }) => keys.has(opposite) && !keys.has(asked));
    }
  }
}

function nameShare(
  candidate: Candidate,
  names: QuestionAnalysis['terms'],
  tokens: readonly Token[] | undefined,
  prepared: PreparedBrief,
): number {
  if (names.length === 0 || candidate.origin === 'entity') return 1;
  let found = 0;
  if (candidate.span && tokens) {
    const { start, end } = clauseAround(
      tokens,
      prepared.sentences[candidate.sentence]?.text ?? '',
      candidate,
    );
    for (const name of names) {
      for (let i = start; i < end; i++)
        if ((tokens[i] as Token).stem === name.token.stem) {
          found++;
          break;
        }
    }
  } else {
    const fact = candidate.evidence.keys;
    for (const name of names) if (matchStrength(name.token, fact) > 0) found++;
  }
  return found / names.length;
}

/** The token range of the clause holding the candidate's span, cut at commas, semicolons and dashes. */
function clauseAround(
  tokens: readonly Token[],
  text: string,
  candidate: Candidate,
): { start: number; end: number } {
  const span = candidate.span as { start: number; end: number };
  let start = span.start;
  while (start > 0 && !boundaryBetween(tokens, text, start - 1, start)) start--;
  let end = span.end;
  while (end < tokens.length && !boundaryBetween(tokens, text, end - 1, end)) end++;
  return { start, end };
}

/** For each question word WordNet gives an opposite of, the word's stem and each opposite's stem. */
export function oppositeStems(analysis: QuestionAnalysis): { asked: string; opposite: string }[] {
  const pairs: { asked: string; opposite: string }[] = [];
  for (const token of analysis.tokens) {
    if (token.isNumber || token.capitalised) continue;
    // "lowest" asked: "highest" (and "high") written is the opposite, in the degree it was asked in.
    const degree = /est$/.test(token.norm) ? 'est' : /er$/.test(token.norm) ? 'er' : '';
    for (const lemma of lemmasOf(token.norm)) {
      for (const opposite of antonyms(lemma)) {
        if (opposite.includes(' ')) continue;
        pairs.push({ asked: token.stem, opposite: stemWord(opposite) });
        if (degree) pairs.push({ asked: token.stem, opposite: stemWord(opposite + degree) });
      }
    }
  }
  return pairs;
}

/** "lowest" → low, "fewer" → few, "won" is listed as is: the base forms WordNet's antonyms are kept under. */
function lemmasOf(word: string): string[] {
  const forms = [word];
  if (word.endsWith('est')) forms.push(word.slice(0, -3), word.slice(0, -2));
  else if (word.endsWith('er')) forms.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ed')) forms.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}
