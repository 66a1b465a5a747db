import type { Token } from '../text/tokenize.js';
import { nounClasses } from '../text/wordnet.js';
import type { QuestionAnalysis } from './analyze-question.js';
import type { ExpectedType } from './answer.js';
import type { Candidate } from './candidate.js';

export type Agreement = 'agrees' | 'disagrees' | 'unknown';

/** WordNet's lexicographer classes that answer a question of each kind. */
const CLASSES_OF_TYPE: Partial<Record<ExpectedType, readonly string[]>> = {
  person: ['noun.person'],
  organisation: ['noun.group'],
  place: ['noun.location', 'noun.object'],
  date: ['noun.time'],
};

/** The classes of the names the brief tells apart. */
const CLASSES_OF_KIND: Readonly<Record<string, readonly string[]>> = {
  person: ['noun.person'],
  organisation: ['noun.group'],
  place: ['noun.location'],
  date: ['noun.time'],
  event: ['noun.event', 'noun.act'],
};

/**
 * Whether the candidate is the kind of thing asked for, by WordNet's noun classes: "Which executive …?"
 * wants a noun.person, "In which journal …?" a noun.communication or a noun.group — a month (noun.time)
 * disagrees. Unknown when either side has no class (most names are not in WordNet).
 */
export function typeAgreement(
  analysis: QuestionAnalysis,
  candidate: Candidate,
  answer: readonly Token[],
): Agreement {
  const wanted = wantedClasses(analysis);
  if (!wanted || wanted.length === 0) return 'unknown';
  const given = candidateClasses(candidate, answer);
  if (given.length === 0) return 'unknown';
  return given.some((c) => wanted.includes(c)) ? 'agrees' : 'disagrees';
}

/** The noun classes that would answer the question, when its words say ("which journal" → its classes). */
export function wantedClasses(analysis: QuestionAnalysis): readonly string[] | undefined {
  if (analysis.kindNoun) return nounClasses(analysis.kindNoun.norm);
  const byType = CLASSES_OF_TYPE[analysis.expected];
  if (byType) return byType;
  if (analysis.expected !== 'entity' && analysis.expected !== 'list') return undefined;
  // "Which [journal] …": the first word naming the thing asked about.
  const head = analysis.terms.find((t) => t.role === 'head');
  return head ? nounClasses(head.token.norm) : undefined;
}

function candidateClasses(candidate: Candidate, answer: readonly Token[]): readonly string[] {
  const byKind = candidate.kind ? CLASSES_OF_KIND[candidate.kind] : undefined;
  if (byKind) return byKind;
  // The answer's head is its last content word: "the Central University for [Nationalities]" is an
  // organisation only through its first words, so try the first word too.
  const content = answer.filter((t) => !t.isStopword && !t.isNumber);
  const last = content.at(-1);
  if (!last) return [];
  const classes = nounClasses(last.norm);
  if (classes.length > 0 || !last.capitalised) return classes;
  return nounClasses((content[0] as Token).norm);
}
