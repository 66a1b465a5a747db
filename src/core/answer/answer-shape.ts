import type { Token } from '../text/tokenize.js';
import { nounClasses } from '../text/wordnet.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { wantedClasses } from './type-agreement.js';

/**
 * Features of the answer's own shape and of what kind of thing it names, beside the question's kind: a
 * fragment that starts or ends on a function word ("because", "done on moral") is seldom a whole answer,
 * and WordNet's class of the answer's head against the class the question asks for lets the model learn
 * which pairs go together ("what nationality" — an adjective of a country; "what day" — noun.time).
 */
export const SHAPE_FEATURE_NAMES = [
  'answer mostly function words',
  'answer starts with a function word',
  'answer ends with a function word',
  'answer head is a WordNet noun',
  'answer head: person',
  'answer head: group',
  'answer head: place',
  'answer head: time',
  'answer head: quantity',
  'answer head: artifact',
  'answer head: act or event',
  'answer head: communication',
  'question asks for: person',
  'question asks for: group',
  'question asks for: place',
  'question asks for: time',
  'question asks for: quantity',
  'question asks for: artifact',
  'question asks for: act or event',
  'question asks for: communication',
  'question words (log)',
] as const;

const CLASS_GROUPS: readonly (readonly string[])[] = [
  ['noun.person'],
  ['noun.group'],
  ['noun.location', 'noun.object'],
  ['noun.time'],
  ['noun.quantity'],
  ['noun.artifact'],
  ['noun.act', 'noun.event', 'noun.process'],
  ['noun.communication', 'noun.cognition'],
];

export function shapeFeatures(analysis: QuestionAnalysis, answer: readonly Token[]): number[] {
  const content = answer.filter((t) => !t.isStopword);
  const head = [...answer].reverse().find((t) => !t.isStopword && !t.isNumber);
  const headClasses = head ? nounClasses(head.norm) : [];
  const wanted = wantedClasses(analysis) ?? [];
  return [
    answer.length ? 1 - content.length / answer.length : 1,
    answer[0]?.isStopword ? 1 : 0,
    answer.at(-1)?.isStopword ? 1 : 0,
    headClasses.length > 0 ? 1 : 0,
    ...groupFlags(headClasses.slice(0, 1)),
    ...groupFlags(wanted.slice(0, 1)),
    Math.log1p(analysis.tokens.length),
  ];
}

function groupFlags(classes: readonly string[]): number[] {
  return CLASS_GROUPS.map((group) => (classes.some((c) => group.includes(c)) ? 1 : 0));
}
