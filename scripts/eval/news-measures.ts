/**
 * The news suite's four measures with their targets from the issue, and how often a question the user asked
 * without naming an article reached its own article.
 */
import type { NewsOutcome } from './news-score.js';
import { type Metric, proportion } from './suite.js';

export const NEWS_TARGETS = {
  /** Share of answerable questions answered right. */
  answerableRight: 0.6,
  /** Share of unanswerable questions abstained. */
  unanswerableAbstained: 0.85,
  /** At most this share of the answers given is wrong. */
  wrongAmongGiven: 0.15,
  /** At most this share of the answers given is wrong although given with confidence ≥ 0.8. */
  confidentWrong: 0.03,
} as const;

/** A wrong answer at or above this confidence is the costliest kind: the reader has no reason to doubt it. */
export const HIGH_CONFIDENCE = 0.8;

export interface NewsSummary {
  questions: number;
  answerable: number;
  answerableRight: number;
  unanswerable: number;
  unanswerableAbstained: number;
  /** Answers given, to answerable and unanswerable questions alike. */
  given: number;
  /** Given answers that are wrong, including every answer to an unanswerable question. */
  wrongGiven: number;
  confidentWrong: number;
}

export function summarizeNews(outcomes: readonly NewsOutcome[]): NewsSummary {
  const answerable = outcomes.filter((o) => !o.question.unanswerable);
  const unanswerable = outcomes.filter((o) => o.question.unanswerable);
  const wrongGiven = outcomes.filter((o) => o.given && !o.right);
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    answerableRight: answerable.filter((o) => o.right).length,
    unanswerable: unanswerable.length,
    unanswerableAbstained: unanswerable.filter((o) => o.abstained).length,
    given: outcomes.filter((o) => o.given).length,
    wrongGiven: wrongGiven.length,
    confidentWrong: wrongGiven.filter((o) => (o.result?.confidence ?? 0) >= HIGH_CONFIDENCE).length,
  };
}

/** The four measures of one run, their names led by the run's label (e.g. "named"). */
export function newsMetrics(label: string, s: NewsSummary): Metric[] {
  const t = NEWS_TARGETS;
  return [
    proportion(`${label}: answerable answered right`, s.answerableRight, s.answerable, t.answerableRight),
    proportion(
      `${label}: unanswerable abstained`,
      s.unanswerableAbstained,
      s.unanswerable,
      t.unanswerableAbstained,
    ),
    {
      ...proportion(`${label}: wrong among answers given`, s.wrongGiven, s.given, t.wrongAmongGiven),
      direction: 'max',
    },
    {
      ...proportion(
        `${label}: wrong with confidence ≥ ${HIGH_CONFIDENCE} among answers given`,
        s.confidentWrong,
        s.given,
        t.confidentWrong,
      ),
      direction: 'max',
    },
  ];
}

/** Routed questions that reached their own article (answered from it, or abstained after choosing it). */
export function routedToOwnArticle(
  outcomes: readonly NewsOutcome[],
  briefIdOf: (article: string) => string,
): Metric {
  const own = outcomes.filter((o) => o.brief !== null && o.brief === briefIdOf(o.question.article));
  return proportion('routed: questions routed to their own article', own.length, outcomes.length, null);
}
