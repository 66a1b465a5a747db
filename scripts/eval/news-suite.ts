/**
 * The news suite: the questions a chat user would type about real news articles, each asked twice — naming
 * its article's brief, and of the whole library with no brief named (so routing is tested too) — and scored
 * as the set's `about` says. Also the named run's trade-off by threshold, its calibration and scores by kind.
 */
import type { Brief } from '../../src/core/brief.schema.js';
import type { Briefing } from '../../src/core/briefing/briefing.js';
import { type CalibrationReport, calibrationReport } from './calibration.js';
import type { IngestedSet } from './ingest-set.js';
import { keyFactMetrics } from './key-facts.js';
import { newsLossTable } from './news-losses.js';
import { newsMetrics, routedToOwnArticle, summarizeNews } from './news-measures.js';
import { askNews, MAX_ANSWER_WORDS, type NewsMode, type NewsOutcome } from './news-score.js';
import type { NewsSet } from './news-set.js';
import { misroutedTable, newsCurveTable, newsKind, newsKindTable } from './news-tables.js';
import { type AskWith, describeIngest } from './qa-suite.js';
import type { ItemResult, SuiteResult } from './suite.js';

export function runNewsSuite(
  set: NewsSet,
  ingested: IngestedSet,
  ask: AskWith,
  threshold: number,
  curve: readonly number[],
  makeBriefing?: (brief: Brief) => Briefing,
): SuiteResult {
  const briefIdOf = (article: string) => ingested.byInput.get(article)?.id ?? article;
  const askAt = (mode: NewsMode, th: number) =>
    askNews(set.questions, ingested.briefs, briefIdOf, ask, mode, th);
  const named = askAt('named', threshold);
  const routed = askAt('routed', threshold);
  const byThreshold = new Map<number, NewsOutcome[]>([[threshold, named]]);
  // Threshold 0 is asked whether or not the curve lists it: calibration judges every answer the engine has.
  for (const th of new Set([...curve, 0])) if (!byThreshold.has(th)) byThreshold.set(th, askAt('named', th));
  const calibration = newsCalibration(byThreshold.get(0) ?? []);
  const s = summarizeNews(named);
  return {
    suite: 'news',
    source: set.path,
    context: [
      ...describeIngest(set.articles.length, ingested),
      `${s.questions} questions (${s.answerable} answerable, ${s.unanswerable} unanswerable), threshold ${threshold}, each asked twice:`,
      "  named: naming its article's brief; routed: of all the briefs, no brief named",
    ],
    metrics: [
      ...newsMetrics('named', s),
      ...newsMetrics('routed', summarizeNews(routed)),
      routedToOwnArticle(routed, briefIdOf),
      calibration.metric,
      ...(makeBriefing ? keyFactMetrics(set, ingested, makeBriefing) : []),
    ],
    tables: [
      newsCurveTable(byThreshold, threshold),
      newsKindTable(named, routed),
      calibration.table,
      misroutedTable(routed, briefIdOf),
      newsLossTable(set.questions, ingested.briefs, briefIdOf, threshold),
    ],
    notes: [
      `right: every token of one "any" group stands in the short answer (case-insensitive; yes/no as whole words), at most ${MAX_ANSWER_WORDS} words; an unanswerable question is right only when abstained`,
    ],
    items: named.map(toNewsItem),
  };
}

/** Every answer given at threshold 0, right by the set's rule; any answer to an unanswerable one is wrong. */
function newsCalibration(atZero: readonly NewsOutcome[]): CalibrationReport {
  const pairs = atZero
    .filter((o) => o.given)
    .map((o) => ({ confidence: o.result?.confidence ?? 0, correct: o.right }));
  return calibrationReport(pairs, 'named answers at threshold 0, right by the set’s rule');
}

function toNewsItem(o: NewsOutcome): ItemResult {
  const q = o.question;
  const r = o.result;
  const given = r !== null && !r.abstained ? r : null;
  return {
    id: q.id,
    question: q.q,
    expect: q.unanswerable ? 'abstain' : 'answer',
    ok: o.right,
    answer: given?.answer ?? null,
    message: o.error ?? (r?.abstained ? r.message : null),
    brief: o.brief,
    sentence: given?.citation.sentence ?? null,
    ...(q.any ? { want: q.any } : {}),
    group: newsKind(q),
    ...(o.error ? { error: true } : {}),
  };
}
