/**
 * Where the news suite's right answers are lost, stage by stage: a right candidate among those the engine
 * weighs, the ranker putting one first, and the confidence clearing the threshold. The gaps say whether
 * candidates, ranking or confidence is the bottleneck, without reading any one question.
 */

import type { BriefCollection } from '../../src/core/answer/answer.js';
import { weighQuestion } from '../../src/core/answer/answer-question.js';
import { bundledAnswerModel } from '../../src/core/answer/model/answer-model.js';
import { chooseAnswer } from '../../src/core/answer/model/choose-answer.js';
import { isRightAnswer } from './news-score.js';
import type { NewsQuestion } from './news-set.js';
import { newsKind, share } from './news-tables.js';
import type { SuiteTable } from './suite.js';

interface Stages {
  questions: number;
  candidate: number;
  first: number;
  given: number;
}

/** Answerable questions that are not yes/no, each asked of its own article's brief. */
export function newsLossTable(
  questions: readonly NewsQuestion[],
  briefs: BriefCollection,
  briefIdOf: (article: string) => string,
  threshold: number,
): SuiteTable {
  const byKind = new Map<string, Stages>();
  const model = bundledAnswerModel();
  for (const q of questions) {
    if (q.unanswerable) continue;
    const { analysis, weighed } = weighQuestion(q.q, briefs, briefIdOf(q.article));
    if (analysis.expected === 'yesno') continue;
    const right = (answer: string) => isRightAnswer(answer, q.any ?? []);
    const choice = chooseAnswer(weighed, model);
    const first = choice?.ranked[0]?.weighed.candidate.answer;
    const firstRight = first !== undefined && right(first);
    for (const kind of [newsKind(q), 'all']) {
      const s = byKind.get(kind) ?? { questions: 0, candidate: 0, first: 0, given: 0 };
      s.questions++;
      if (weighed.some((w) => right(w.candidate.answer))) s.candidate++;
      if (firstRight) s.first++;
      if (firstRight && (choice?.confidence ?? 0) >= threshold) s.given++;
      byKind.set(kind, s);
    }
  }
  return {
    title: `where right answers are lost (named, answerable, not yes/no): weighed → ranked first → given at ${threshold}`,
    columns: [
      { name: 'kind', unit: 'text' },
      { name: 'questions', unit: 'count' },
      { name: 'a right candidate', unit: 'share' },
      { name: 'right ranked first', unit: 'share' },
      { name: 'right and given', unit: 'share' },
    ],
    rows: [...byKind]
      .sort(([a, x], [b, y]) => Number(b === 'all') - Number(a === 'all') || y.questions - x.questions)
      .map(([kind, s]) => [
        kind,
        s.questions,
        share(s.candidate, s.questions),
        share(s.first, s.questions),
        share(s.given, s.questions),
      ]),
  };
}
