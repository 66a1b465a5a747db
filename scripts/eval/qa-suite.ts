/**
 * The SQuAD/QuAIL suite: every question asked naming its article's brief, scored as the eval README says
 * (token F1 on answerable questions, abstention on unanswerable ones, whether the cited sentence holds a gold
 * answer), plus the trade-off curve over abstention thresholds and the scores by question type.
 */
import type { AnswerOptions, AnswerResult, BriefCollection } from '../../src/core/answer/answer.js';
import { type CalibrationReport, calibrationReport } from './calibration.js';
import type { QaSet, SetQuestion } from './dev-sets.js';
import { bestF1, holdsGold } from './f1.js';
import type { IngestedSet } from './ingest-set.js';
import { type ItemResult, type Metric, proportion, type SuiteResult, type SuiteTable } from './suite.js';

export type AskWith = (question: string, briefs: BriefCollection, options: AnswerOptions) => AnswerResult;

export interface QaTargets {
  /** Answerable F1, 0–1. */
  f1: number;
  /** Share of unanswerable questions abstained. */
  abstained: number;
  /** Share of answerable questions whose cited sentence holds a gold answer. */
  cited: number;
}

/** A way of grouping questions for a by-type table; `order` lists the groups that come first. */
export interface Grouping {
  title: string;
  groupOf: (question: SetQuestion) => string;
  order?: readonly string[];
}

export interface QaSuiteSpec {
  suite: string;
  targets: QaTargets;
  groupings: Grouping[];
  /** Lines printed after the tables, e.g. how to read the figures. */
  notes?: string[];
}

/** One question's outcome at one threshold. */
export interface Outcome {
  question: SetQuestion;
  result: AnswerResult | null;
  error: string | null;
  abstained: boolean;
  /** Token F1 for an answerable question (0 when abstained); 1/0 for abstained/answered on unanswerable. */
  score: number;
  /** Answerable only: the cited sentence holds a gold answer. */
  cited: boolean;
  /** Answerable only: the sentence the engine settled on — cited, or closest when it abstained — holds one. */
  located: boolean;
}

/** Scores one reply; `result` null means the engine threw: neither an answer nor an abstention, so wrong. */
export function scoreOutcome(
  question: SetQuestion,
  result: AnswerResult | null,
  error: string | null,
): Outcome {
  const abstained = result?.abstained === true;
  const pointedAt = result === null ? undefined : result.abstained ? result.closest : result.citation;
  const located = !question.unanswerable && !!pointedAt && holdsGold(pointedAt.text, question.answers);
  if (result === null || result.abstained)
    return {
      question,
      result,
      error,
      abstained,
      score: question.unanswerable && abstained ? 1 : 0,
      cited: false,
      located,
    };
  if (question.unanswerable) return { question, result, error, abstained, score: 0, cited: false, located };
  return {
    question,
    result,
    error,
    abstained,
    score: bestF1(result.answer, question.answers),
    cited: holdsGold(result.citation.text, question.answers),
    located,
  };
}

export interface QaSummary {
  answerable: number;
  unanswerable: number;
  /** Mean F1 over answerable questions. */
  f1: number | null;
  cited: number;
  located: number;
  abstainedUnanswerable: number;
  abstainedAnswerable: number;
  /** SQuAD 2.0's overall score: the mean over all questions. */
  overall: number | null;
}

export function summarize(outcomes: readonly Outcome[]): QaSummary {
  const answerable = outcomes.filter((o) => !o.question.unanswerable);
  const unanswerable = outcomes.filter((o) => o.question.unanswerable);
  const mean = (xs: readonly Outcome[]) =>
    xs.length ? xs.reduce((s, o) => s + o.score, 0) / xs.length : null;
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    f1: mean(answerable),
    cited: answerable.filter((o) => o.cited).length,
    located: answerable.filter((o) => o.located).length,
    abstainedUnanswerable: unanswerable.filter((o) => o.abstained).length,
    abstainedAnswerable: answerable.filter((o) => o.abstained).length,
    overall: mean(outcomes),
  };
}

/** Asks every question at one threshold, naming its article's brief. An engine error counts as wrong. */
export function askAll(set: QaSet, ingested: IngestedSet, ask: AskWith, threshold: number): Outcome[] {
  return set.questions.map((q) => {
    const briefId = ingested.byInput.get(q.article)?.id ?? q.article;
    try {
      return scoreOutcome(q, ask(q.question, ingested.briefs, { briefId, threshold }), null);
    } catch (error) {
      return scoreOutcome(q, null, error instanceof Error ? error.message : String(error));
    }
  });
}

export function runQaSuite(
  spec: QaSuiteSpec,
  set: QaSet,
  ingested: IngestedSet,
  ask: AskWith,
  threshold: number,
  curve: readonly number[],
): SuiteResult {
  const outcomes = askAll(set, ingested, ask, threshold);
  const s = summarize(outcomes);
  const t = spec.targets;
  const metrics: Metric[] = [
    // Retrieval: the sentence the engine cites, or when it abstains the one it came closest with.
    proportion('cited (or closest) sentence holds a gold answer', s.located, s.answerable, t.cited),
    proportion('cited sentence holds a gold answer (answers only)', s.cited, s.answerable, null),
    { name: 'answerable F1', value: s.f1, target: t.f1, unit: 'points' },
    proportion('unanswerable abstained', s.abstainedUnanswerable, s.unanswerable, t.abstained),
    proportion('answerable abstained', s.abstainedAnswerable, s.answerable, null),
    { name: 'overall score (all questions)', value: s.overall, target: null, unit: 'points' },
  ];
  const thresholds = [...new Set([...curve, threshold])].sort((a, b) => a - b);
  const byThreshold = new Map(
    thresholds.map((th) => [th, th === threshold ? outcomes : askAll(set, ingested, ask, th)]),
  );
  const calibration = qaCalibration(byThreshold.get(0) ?? askAll(set, ingested, ask, 0));
  const curveRows = thresholds.map((th) => {
    const at = summarize(byThreshold.get(th) ?? []);
    return [
      th,
      at.f1,
      share(at.abstainedUnanswerable, at.unanswerable),
      share(at.abstainedAnswerable, at.answerable),
      share(at.cited, at.answerable),
      at.overall,
      th === threshold ? '←' : '',
    ];
  });
  const tables: SuiteTable[] = [
    {
      title: 'trade-off: answerable F1 against abstention, by threshold',
      columns: [
        { name: 'threshold', unit: 'number' },
        { name: 'answerable F1', unit: 'points' },
        { name: 'unanswerable abstained', unit: 'share' },
        { name: 'answerable abstained', unit: 'share' },
        { name: 'cited holds gold', unit: 'share' },
        { name: 'overall', unit: 'points' },
        { name: 'run', unit: 'text' },
      ],
      rows: curveRows,
    },
    ...spec.groupings.map((g) => byGroup(g, outcomes)),
    calibration.table,
  ];
  return {
    suite: spec.suite,
    source: set.questionsPath,
    context: [
      ...describeIngest(set.articles.length, ingested),
      `${outcomes.length} questions (${s.answerable} answerable, ${s.unanswerable} unanswerable), each asked naming its article's brief, threshold ${threshold}`,
    ],
    metrics: [...metrics, calibration.metric],
    tables,
    ...(spec.notes ? { notes: spec.notes } : {}),
    items: outcomes.map((o) => toItem(o, spec.groupings[0])),
  };
}

/**
 * Every answer given at threshold 0 (so every answer the engine has counts, whatever the configured
 * threshold), right when its F1 against the best gold is 0.5 or more; an answer to an unanswerable one is wrong.
 */
function qaCalibration(atZero: readonly Outcome[]): CalibrationReport {
  const pairs = atZero.flatMap((o) =>
    o.result === null || o.result.abstained
      ? []
      : [{ confidence: o.result.confidence, correct: !o.question.unanswerable && o.score >= 0.5 }],
  );
  return calibrationReport(pairs, 'answers at threshold 0, right when F1 ≥ 0.5');
}

/** The ingest lines every ingesting suite prints under its heading. */
export function describeIngest(articles: number, ingested: IngestedSet): string[] {
  const shown = ingested.problems.slice(0, 5).map((p) => `  ${p}`);
  const more = ingested.problems.length > 5 ? [`  … and ${ingested.problems.length - 5} more`] : [];
  return [
    `${plural(articles, 'article')} ingested with buildBrief in ${ingested.ingestMs.toFixed(0)} ms, written to a temporary folder and loaded back: ${plural(ingested.briefs.length, 'brief')}, ${plural(ingested.problems.length, 'problem')}`,
    ...shown,
    ...more,
  ];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function share(hit: number, total: number): number | null {
  return total > 0 ? hit / total : null;
}

function byGroup(grouping: Grouping, outcomes: readonly Outcome[]): SuiteTable {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    const key = grouping.groupOf(o.question);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const order = grouping.order ?? [];
  const keys = [...groups.keys()].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  return {
    title: grouping.title,
    columns: [
      { name: 'type', unit: 'text' },
      { name: 'answerable', unit: 'count' },
      { name: 'F1', unit: 'points' },
      { name: 'cited holds gold', unit: 'share' },
      { name: 'unanswerable', unit: 'count' },
      { name: 'abstained', unit: 'share' },
    ],
    rows: keys.map((key) => {
      const s = summarize(groups.get(key) ?? []);
      return [
        key,
        s.answerable,
        s.f1,
        share(s.cited, s.answerable),
        s.unanswerable,
        share(s.abstainedUnanswerable, s.unanswerable),
      ];
    }),
  };
}

/** Listed groups first, in their order; then the rest; "(…)" groups such as "(unanswerable)" last. */
function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  if (i !== -1) return i;
  return key.startsWith('(') ? order.length + 1 : order.length;
}

function toItem(o: Outcome, grouping: Grouping | undefined): ItemResult {
  const q = o.question;
  const r = o.result;
  const given = r !== null && !r.abstained ? r : null;
  return {
    id: q.id,
    question: q.question,
    expect: q.unanswerable ? 'abstain' : 'answer',
    // An answerable question is "ok" when its answer overlaps the best gold by half or more (F1 ≥ 0.5).
    ok: q.unanswerable ? o.abstained : o.score >= 0.5,
    answer: given?.answer ?? null,
    message: o.error ?? (r?.abstained ? r.message : null),
    brief: given?.citation.brief ?? r?.brief ?? null,
    sentence: given?.citation.sentence ?? null,
    ...(q.unanswerable ? {} : { want: q.answers.map((a) => [a]), score: o.score }),
    ...(grouping ? { group: grouping.groupOf(q) } : {}),
    ...(o.error ? { error: true } : {}),
  };
}
