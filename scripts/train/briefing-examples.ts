/**
 * The briefing model's training data: all 5,293 CNN/DailyMail training articles, each ingested as the bot
 * would, with its human highlights. The 928 cased ones are read as they are; the 4,365 lower-cased, tokenised
 * ones (mostly DailyMail, whose long highlights the cased CNN ones do not teach) are first restored to
 * cased text (restore-tokenized.ts), since the ingest finds sentences and names by their capitals. A sentence is labelled a summary sentence when the greedy oracle
 * picks it: the sentences that, added one by one, most raise ROUGE-1 + ROUGE-2 against the highlights.
 */
import { join } from 'node:path';
import type { Brief } from '../../src/core/brief.schema.js';
import { articleWords } from '../../src/core/briefing/select-sentences.js';
import { tokenize } from '../../src/core/text/tokenize.js';
import { ingestSet } from '../eval/ingest-set.js';
import { readJsonLines } from '../eval/read-jsonl.js';
import { rougeN } from '../eval/rouge.js';
import { NewsArticleSchema } from './news-questions.js';
import { learnCaseForms, restoreTokenized, wordNetForms } from './restore-tokenized.js';

const ORACLE_SENTENCES = 4;

export interface BriefingExample {
  brief: Brief;
  format: 'cased' | 'tokenized-lowercased';
  /** The article as ingested (restored, for a tokenised one). */
  article: string;
  highlights: string;
  /** The word model's features of each distinct word of the article, by stem. */
  words: Map<string, number[]>;
  /** The stems of the highlights' words: what the word model learns to expect. */
  highlightStems: Set<string>;
  /** Bullet texts once cleaned, kept across the models training tries. */
  bullets: Map<number, string>;
  /** 1 for each sentence the oracle picks. */
  labels: Uint8Array;
}

export async function briefingExamples(dir: string): Promise<BriefingExample[]> {
  const path = join(dir, 'cnndm-val.jsonl');
  const rows = await readJsonLines(path, NewsArticleSchema, 'CNN/DailyMail training articles');
  const forms = learnCaseForms(rows.filter((r) => r.format === 'cased').map((r) => r.article));
  const wordNet = await wordNetForms();
  const articles = rows.map((r) => ({
    ...r,
    text: r.format === 'cased' ? r.article : restoreTokenized(r.article, forms, wordNet),
  }));
  const ingested = await ingestSet(
    articles.map((r) => ({ origin: `${path}#${r.id}`, id: r.id, text: r.text })),
  );
  return articles.flatMap((row) => {
    const brief = ingested.byInput.get(row.id);
    if (!brief) return [];
    const labels = oracleLabels(
      brief.text.sentences.map((s) => s.text),
      row.highlights,
    );
    return [
      {
        brief,
        format: row.format,
        article: row.text,
        highlights: row.highlights,
        words: articleWords(brief),
        highlightStems: new Set(tokenize(row.highlights).map((t) => t.stem)),
        bullets: new Map<number, string>(),
        labels,
      },
    ];
  });
}

function pairScore(summary: string, reference: string): number {
  return rougeN(summary, reference, 1).f1 + rougeN(summary, reference, 2).f1;
}

function oracleLabels(sentences: readonly string[], highlights: string): Uint8Array {
  const labels = new Uint8Array(sentences.length);
  const picked: number[] = [];
  let best = 0;
  while (picked.length < ORACLE_SENTENCES) {
    let next = -1;
    let nextScore = best;
    sentences.forEach((_, i) => {
      if (labels[i]) return;
      const summary = [...picked, i]
        .sort((a, b) => a - b)
        .map((j) => sentences[j])
        .join(' ');
      const score = pairScore(summary, highlights);
      if (score > nextScore) {
        next = i;
        nextScore = score;
      }
    });
    if (next === -1) break;
    labels[next] = 1;
    picked.push(next);
    best = nextScore;
  }
  return labels;
}
