/**
 * The shapes every evaluation suite reports in, so that `eval.ts` and the report printer stay the same when a
 * suite is added (seed, extract, squad, quail, cnndm).
 */

/** How a value prints: `share` 0–1 as a percentage, `points` 0–1 as 0–100 (F1, ROUGE), `number` as it is. */
export type MetricUnit = 'share' | 'points' | 'number';

/** One number a suite measures, e.g. "answerable right" = 11/12. */
export interface Metric {
  name: string;
  /** 0–1 (or a plain number for unit `number`), or null when there was nothing to measure. */
  value: number | null;
  /** The value to reach (or, with direction `max`, not to exceed), or null when informative only. */
  target: number | null;
  /** Default `share`. */
  unit?: MetricUnit;
  /** `min` (default): the value must reach the target; `max`: it must not exceed it. */
  direction?: 'min' | 'max';
  /** The count behind a proportion. */
  count?: { hit: number; total: number };
}

/** What happened to one question. */
export interface ItemResult {
  id: string;
  question: string;
  /** What the set expects of the bot. */
  expect: 'answer' | 'abstain';
  ok: boolean;
  /** The short answer, or null when the engine abstained (or threw). */
  answer: string | null;
  /** The abstention's message, or the error when the engine threw. */
  message: string | null;
  brief: string | null;
  sentence: number | null;
  /** For answerable questions: the token groups of which one must be in the answer. */
  want?: string[][];
  error?: boolean;
  /** A graded score (0–1, e.g. token F1) where the set grades answers rather than pass/fail. */
  score?: number;
  /** The question's group for the by-type tables, e.g. "who" or "Causality". */
  group?: string;
}

/** A column of a suite table; `unit` says how its numbers print (`count` as whole numbers). */
export interface TableColumn {
  name: string;
  unit: MetricUnit | 'count' | 'text';
}

/** A table a suite adds to its report: a trade-off curve, scores by question type, per-article rows. */
export interface SuiteTable {
  title: string;
  columns: TableColumn[];
  rows: (string | number | null)[][];
  /** Shown only with --verbose (e.g. one row per article). */
  verbose?: boolean;
}

export interface SuiteResult {
  /** Short name: "seed", later "squad", "quail", "cnndm". */
  suite: string;
  /** The file the questions came from. */
  source: string;
  metrics: Metric[];
  items: ItemResult[];
  /** Lines under the heading saying what was run; when absent the report describes the seed library. */
  context?: string[];
  tables?: SuiteTable[];
  /** Lines printed after the tables, e.g. a matching rule. */
  notes?: string[];
}

export function proportion(name: string, hit: number, total: number, target: number | null): Metric {
  return { name, value: total > 0 ? hit / total : null, target, count: { hit, total } };
}

export function metricMet(metric: Metric): boolean | null {
  if (metric.target === null) return null;
  if (metric.value === null) return false;
  return metric.direction === 'max' ? metric.value <= metric.target : metric.value >= metric.target;
}
