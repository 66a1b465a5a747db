/** The news suite's tables: the trade-off by threshold, the scores by kind of question, the misrouted questions. */
import { summarizeNews } from './news-measures.js';
import type { NewsOutcome } from './news-score.js';
import type { NewsQuestion } from './news-set.js';
import type { SuiteTable } from './suite.js';

export function share(hit: number, total: number): number | null {
  return total > 0 ? hit / total : null;
}

/** One row per threshold of the named run; `run` marks the configured threshold. */
export function newsCurveTable(
  byThreshold: ReadonlyMap<number, readonly NewsOutcome[]>,
  run: number,
): SuiteTable {
  const thresholds = [...byThreshold.keys()].sort((a, b) => a - b);
  return {
    title: 'trade-off (named): right against abstention, by threshold',
    columns: [
      { name: 'threshold', unit: 'number' },
      { name: 'answerable right', unit: 'share' },
      { name: 'unanswerable abstained', unit: 'share' },
      { name: 'answers given', unit: 'count' },
      { name: 'wrong among given', unit: 'share' },
      { name: 'run', unit: 'text' },
    ],
    rows: thresholds.map((th) => {
      const s = summarizeNews(byThreshold.get(th) ?? []);
      return [
        th,
        share(s.answerableRight, s.answerable),
        share(s.unanswerableAbstained, s.unanswerable),
        s.given,
        share(s.wrongGiven, s.given),
        th === run ? '←' : '',
      ];
    }),
  };
}

/** The set's kind of question; unanswerable ones have none and are split by whether a similar fact is near. */
export function newsKind(q: NewsQuestion): string {
  if (q.unanswerable) return q.near_miss ? '(unanswerable, near miss)' : '(unanswerable)';
  return q.kind ?? '(none)';
}

/** The largest kinds first, the "(…)" groups last; named and routed side by side for the same questions. */
export function newsKindTable(named: readonly NewsOutcome[], routed: readonly NewsOutcome[]): SuiteTable {
  const kinds = [...new Set(named.map((o) => newsKind(o.question)))];
  const of = (outcomes: readonly NewsOutcome[], kind: string) =>
    outcomes.filter((o) => newsKind(o.question) === kind);
  kinds.sort(
    (a, b) =>
      Number(a.startsWith('(')) - Number(b.startsWith('(')) ||
      of(named, b).length - of(named, a).length ||
      a.localeCompare(b),
  );
  return {
    title: 'by kind of question (right: answered right, or abstained when unanswerable)',
    columns: [
      { name: 'kind', unit: 'text' },
      { name: 'questions', unit: 'count' },
      { name: 'named right', unit: 'share' },
      { name: 'routed right', unit: 'share' },
      { name: 'named wrong among given', unit: 'share' },
    ],
    rows: kinds.map((kind) => {
      const mine = of(named, kind);
      const s = summarizeNews(mine);
      const routedRight = of(routed, kind).filter((o) => o.right).length;
      return [
        kind,
        mine.length,
        share(mine.filter((o) => o.right).length, mine.length),
        share(routedRight, mine.length),
        share(s.wrongGiven, s.given),
      ];
    }),
  };
}

/** With --verbose: the routed questions that went to another article (or to none). */
export function misroutedTable(
  routed: readonly NewsOutcome[],
  briefIdOf: (article: string) => string,
): SuiteTable {
  const missed = routed.filter((o) => o.brief !== briefIdOf(o.question.article));
  return {
    title: `routed: questions that went to another article (${missed.length})`,
    verbose: true,
    columns: [
      { name: 'id', unit: 'text' },
      { name: 'article', unit: 'text' },
      { name: 'routed to', unit: 'text' },
      { name: 'question', unit: 'text' },
    ],
    rows: missed.map((o) => [o.question.id, o.question.article, o.brief ?? '(none)', o.question.q]),
  };
}
