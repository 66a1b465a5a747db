/**
 * The shapes every evaluation suite reports in, so that `eval.ts` and the report printer stay the same when a
 * suite is added (seed now; SQuAD, QuAIL and CNN/DM later).
 */

/** One number a suite measures, e.g. "answerable right" = 11/12. */
export interface Metric {
  name: string;
  /** 0–1, or null when there was nothing to measure (e.g. a set with no unanswerable questions). */
  value: number | null;
  /** The value to reach (0–1), or null when the metric is informative only. */
  target: number | null;
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
}

export interface SuiteResult {
  /** Short name: "seed", later "squad", "quail", "cnndm". */
  suite: string;
  /** The file the questions came from. */
  source: string;
  metrics: Metric[];
  items: ItemResult[];
}

export function proportion(name: string, hit: number, total: number, target: number | null): Metric {
  return { name, value: total > 0 ? hit / total : null, target, count: { hit, total } };
}

export function metricMet(metric: Metric): boolean | null {
  if (metric.target === null) return null;
  return metric.value !== null && metric.value >= metric.target;
}
