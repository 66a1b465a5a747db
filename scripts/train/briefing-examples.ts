/**
 * The briefing model's training data: the cased CNN/DailyMail training articles (the lower-cased, tokenised
 * copies have no capitals, so the ingest cannot split their sentences or find their names), each ingested as
 * the bot would, with its human highlights. A sentence is labelled a summary sentence when the greedy oracle
 * picks it: the sentences that, added one by one, most raise ROUGE-1 + ROUGE-2 against the highlights.
 */
import { join } from 'node:path';
import type { Brief } from '../../src/core/brief.schema.js';
import { readSentences } from '../../src/core/briefing/select-sentences.js';
import { ingestSet } from '../eval/ingest-set.js';
import { readJsonLines } from '../eval/read-jsonl.js';
import { rougeN } from '../eval/rouge.js';
import { NewsArticleSchema } from './news-questions.js';

const ORACLE_SENTENCES = 4;

export interface BriefingExample {
  brief: Brief;
  article: string;
  highlights: string;
  features: number[][];
  /** 1 for each sentence the oracle picks. */
  labels: Uint8Array;
}

export async function briefingExamples(dir: string): Promise<BriefingExample[]> {
  const path = join(dir, 'cnndm-val.jsonl');
  const rows = (await readJsonLines(path, NewsArticleSchema, 'CNN/DailyMail training articles')).filter(
    (r) => r.format === 'cased',
  );
  const ingested = await ingestSet(
    rows.map((r) => ({ origin: `${path}#${r.id}`, id: r.id, text: r.article })),
  );
  return rows.flatMap((row) => {
    const brief = ingested.byInput.get(row.id);
    if (!brief) return [];
    const features = readSentences(brief).map((s) => s.features);
    const labels = oracleLabels(
      brief.text.sentences.map((s) => s.text),
      row.highlights,
    );
    return [{ brief, article: row.article, highlights: row.highlights, features, labels }];
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
