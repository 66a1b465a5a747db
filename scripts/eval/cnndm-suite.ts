/**
 * The CNN/DailyMail suite: each article ingested, its briefing's bullets scored with ROUGE-1/2 F1 against the
 * human reference, side by side with Lead-3 (the article's first three sentences) in the same run.
 */
import type { Brief } from '../../src/core/brief.schema.js';
import type { Briefing } from '../../src/core/briefing/briefing.js';
import type { SummaryArticle } from './dev-sets.js';
import type { IngestedSet } from './ingest-set.js';
import { describeIngest } from './qa-suite.js';
import { rougeN, wordCount } from './rouge.js';
import { leadSentences } from './sentences.js';
import type { Metric, SuiteResult } from './suite.js';

/** Target: ROUGE-1 at least a point above Lead-3 in the same run, in at most 80 words. */
export const CNNDM_TARGETS = { rouge1OverLead3: 0.01, maxWords: 80 } as const;

export type MakeBriefing = (brief: Brief) => Briefing;

interface Scored {
  id: string;
  r1: number;
  r2: number;
  words: number;
  lead: { r1: number; r2: number; words: number };
  error: string | null;
}

export function scoreSummary(summary: string, reference: string) {
  return {
    r1: rougeN(summary, reference, 1).f1,
    r2: rougeN(summary, reference, 2).f1,
    words: wordCount(summary),
  };
}

export function runCnndmSuite(
  source: string,
  articles: readonly SummaryArticle[],
  ingested: IngestedSet,
  makeBriefing: MakeBriefing,
): SuiteResult {
  const scored = articles.map((article): Scored => {
    const lead = scoreSummary(leadSentences(article.text, 3), article.reference);
    const brief = ingested.byInput.get(article.id);
    let error: string | null = brief ? null : 'not ingested';
    let bullets = '';
    if (brief) {
      try {
        bullets = makeBriefing(brief).bullets.join(' ');
      } catch (e) {
        error = `buildBriefing threw: ${(e as Error).message}`;
      }
    }
    // An article without a briefing scores 0 (its summary is empty), so failures cannot flatter the mean.
    return { id: article.id, ...scoreSummary(bullets, article.reference), lead, error };
  });
  const mean = (pick: (s: Scored) => number) => scored.reduce((sum, s) => sum + pick(s), 0) / scored.length;
  const lead1 = mean((s) => s.lead.r1);
  const failed = scored.filter((s) => s.error);
  const metrics: Metric[] = [
    {
      name: 'briefing ROUGE-1 F1 (target: Lead-3 + 1)',
      value: mean((s) => s.r1),
      target: lead1 + CNNDM_TARGETS.rouge1OverLead3,
      unit: 'points',
    },
    { name: 'briefing ROUGE-2 F1', value: mean((s) => s.r2), target: null, unit: 'points' },
    {
      name: 'briefing mean words',
      value: mean((s) => s.words),
      target: CNNDM_TARGETS.maxWords,
      unit: 'number',
      direction: 'max',
    },
    { name: 'Lead-3 ROUGE-1 F1', value: lead1, target: null, unit: 'points' },
    { name: 'Lead-3 ROUGE-2 F1', value: mean((s) => s.lead.r2), target: null, unit: 'points' },
    { name: 'Lead-3 mean words', value: mean((s) => s.lead.words), target: null, unit: 'number' },
  ];
  return {
    suite: 'cnndm',
    source,
    context: [
      ...describeIngest(articles.length, ingested),
      'summary = the briefing bullets joined; ROUGE F1 on lower-cased letter/digit tokens, no stemming, mean over articles',
      'Lead-3 = the first three sentences of the article text (ICU sentence breaks, abbreviations re-joined)',
      ...(failed.length
        ? [
            `${failed.length} article(s) had no briefing and score 0: ${failed.map((s) => `${s.id} (${s.error})`).join('; ')}`,
          ]
        : []),
    ],
    metrics,
    items: [],
    tables: [
      {
        title: 'per article',
        verbose: true,
        columns: [
          { name: 'article', unit: 'text' },
          { name: 'R-1', unit: 'points' },
          { name: 'R-2', unit: 'points' },
          { name: 'words', unit: 'count' },
          { name: 'Lead-3 R-1', unit: 'points' },
          { name: 'Lead-3 R-2', unit: 'points' },
          { name: 'Lead-3 words', unit: 'count' },
        ],
        rows: scored.map((s) => [s.id, s.r1, s.r2, s.words, s.lead.r1, s.lead.r2, s.lead.words]),
      },
    ],
  };
}
