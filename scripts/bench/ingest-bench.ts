/**
 * The ingest section of `npm run bench`: buildBrief on ~600-word news articles made from the development
 * sets' texts, timed on the main thread after a warm-up, and the heap read (after a full garbage collection)
 * while 10,000 articles are ingested and dropped, to show that memory stays flat.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { ArticleInput } from '../../src/ingest/article-input.js';
import { buildBrief } from '../../src/ingest/build-brief.js';
import { evalDir } from '../eval/paths.js';
import { readJsonLines } from '../eval/read-jsonl.js';
import { splitSentences } from '../eval/sentences.js';
import { readMemory } from './measure.js';
import type { BenchMetric } from './report.js';

/** ≥ 100 articles a second on one core (≤ 10 ms of CPU an article); the heap flat within 2 MB from 1k to 10k. */
export const INGEST_TARGETS = { cpuMsPerArticle: 10, heapDriftMb: 2 } as const;
export const INGEST_PLAN = {
  words: 600,
  distinct: 1000,
  warmup: 200,
  timed: 1000,
  memoryRuns: 10_000,
} as const;
const MEMORY_MARKS = [1000, 5000, 10_000] as const;
const SOURCES = ['cnndm.dev.jsonl', 'quail-news.articles.jsonl'] as const;
const NOW = new Date('2025-01-01T00:00:00Z');

const TextOnly = z.object({ text: z.string().min(1) });

export async function readSourceTexts(dir = evalDir()): Promise<string[]> {
  const sets = await Promise.all(
    SOURCES.map((f) => readJsonLines(join(dir, f), TextOnly, `${f} (bench source)`)),
  );
  return sets.flat().map((row) => row.text);
}

/**
 * `count` articles of about `words` words: the source texts' sentences in one stream, each article a run of
 * them from a different start (wrapping round; all starts differ while `count` ≤ the sentences), ended at the
 * sentence end nearest `words`; three sentences a paragraph.
 */
export function makeArticles(texts: readonly string[], count: number, words: number): ArticleInput[] {
  const sentences = texts.flatMap(splitSentences);
  const lengths = sentences.map((s) => s.split(/\s+/).length);
  if (sentences.length === 0) return [];
  // Consecutive articles start far apart in the stream (a golden-ratio stride, coprime with its length).
  let stride = Math.max(1, Math.round(sentences.length * 0.618));
  while (gcd(stride, sentences.length) !== 1) stride++;
  const n = sentences.length;
  return Array.from({ length: count }, (_, i) => {
    const picked: string[] = [];
    let total = 0;
    let k = (i * stride) % n;
    while (picked.length < n) {
      const length = lengths[k] ?? 0;
      if (total > 0 && Math.abs(total + length - words) >= Math.abs(total - words)) break;
      picked.push(sentences[k] ?? '');
      total += length;
      k = (k + 1) % n;
    }
    const paragraphs: string[] = [];
    for (let p = 0; p < picked.length; p += 3) paragraphs.push(picked.slice(p, p + 3).join(' '));
    return { origin: `bench#${i}`, id: `bench-${i}`, text: paragraphs.join('\n\n') };
  });
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export interface IngestMeasurements {
  articles: number;
  meanWords: number;
  /** Sentences per brief, averaged over the timed run (a check that the work was done). */
  meanSentences: number;
  timed: number;
  wallMs: number;
  /** User + system CPU of the whole process (GC helper threads included): the one-core figure. */
  cpuMs: number;
  heap: { after: number; heapUsedMb: number }[];
  failures: number;
}

export function measureIngest(articles: readonly ArticleInput[]): IngestMeasurements {
  let failures = 0;
  let sentences = 0;
  const ingest = (i: number) => {
    const input = articles[i % articles.length];
    if (!input) return;
    try {
      sentences += buildBrief(input, { now: NOW }).text.sentences.length;
    } catch {
      failures++;
    }
  };
  for (let i = 0; i < INGEST_PLAN.warmup; i++) ingest(i);
  sentences = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < INGEST_PLAN.timed; i++) ingest(i);
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const meanSentences = sentences / INGEST_PLAN.timed;

  const heap: IngestMeasurements['heap'] = [];
  for (let i = 0; i < INGEST_PLAN.memoryRuns; i++) {
    ingest(i);
    if ((MEMORY_MARKS as readonly number[]).includes(i + 1))
      heap.push({ after: i + 1, heapUsedMb: readMemory().heapUsedMb });
  }
  const words = articles.reduce((sum, a) => sum + a.text.split(/\s+/).length, 0);
  return {
    articles: articles.length,
    meanWords: words / Math.max(1, articles.length),
    meanSentences,
    timed: INGEST_PLAN.timed,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    heap,
    failures,
  };
}

export function ingestMetrics(m: IngestMeasurements): BenchMetric[] {
  const first = m.heap[0]?.heapUsedMb ?? Number.NaN;
  const last = m.heap.at(-1)?.heapUsedMb ?? Number.NaN;
  const perSecond = (ms: number) => `${((m.timed * 1000) / ms).toFixed(0)} articles/s`;
  return [
    {
      name: 'buildBrief, CPU per article (one core)',
      value: m.cpuMs / m.timed,
      unit: 'ms',
      max: INGEST_TARGETS.cpuMsPerArticle,
      detail: perSecond(m.cpuMs),
    },
    {
      name: 'buildBrief, wall clock per article',
      value: m.wallMs / m.timed,
      unit: 'ms',
      max: null,
      detail: perSecond(m.wallMs),
    },
    { name: 'articles buildBrief rejected', value: m.failures, unit: 'count', max: 0 },
    ...m.heap.map(
      (h): BenchMetric => ({
        name: `heap used after ${h.after} ingests`,
        value: h.heapUsedMb,
        unit: 'MB',
        max: null,
      }),
    ),
    {
      name: `heap drift, ${m.heap[0]?.after ?? '?'} → ${m.heap.at(-1)?.after ?? '?'} ingests`,
      value: last - first,
      unit: 'MB',
      max: INGEST_TARGETS.heapDriftMb,
      detail: `${(((last - first) * 2 ** 20) / Math.max(1, (m.heap.at(-1)?.after ?? 0) - (m.heap[0]?.after ?? 0))).toFixed(0)} B/article`,
    },
  ];
}
