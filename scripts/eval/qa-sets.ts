/** The two question-answering sets, their targets from the issue and how their questions are grouped. */
import type { SetQuestion } from './dev-sets.js';
import type { Grouping, QaSuiteSpec } from './qa-suite.js';
import { QUESTION_TYPES, questionType } from './question-type.js';

/** Thresholds of the trade-off curve (the run's threshold is added to them). */
export const CURVE_THRESHOLDS = [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7] as const;

const BY_QUESTION_WORD: Grouping = {
  title: 'by question type (from the question words)',
  groupOf: (q) => questionType(q.question),
  order: QUESTION_TYPES,
};

export const SQUAD_SPEC: QaSuiteSpec = {
  suite: 'squad',
  targets: { cited: 0.8, f1: 0.35, abstained: 0.6 },
  groupings: [BY_QUESTION_WORD],
};

/** The squad suite over the training split: same targets and tables, so the two print alike. */
export const TRAIN_SPEC: QaSuiteSpec = {
  ...SQUAD_SPEC,
  suite: 'train',
  notes: [
    'The training split: the scorers were tuned on it. Read it beside the squad (dev) figures: a train figure',
    'well above the dev one means the tuning learnt these articles rather than the method (over-fitting).',
  ],
};

export const QUAIL_SPEC: QaSuiteSpec = {
  suite: 'quail',
  targets: { cited: 0.55, f1: 0.25, abstained: 0.85 },
  groupings: [
    BY_QUESTION_WORD,
    {
      title: "by the set's question type",
      groupOf: (q: SetQuestion) => q.type ?? (q.unanswerable ? '(unanswerable)' : '(none)'),
    },
  ],
};
