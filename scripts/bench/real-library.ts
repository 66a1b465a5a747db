/**
 * The bench's real library: the CNN/DailyMail articles of the training folder (`cnndm-val.jsonl`), the
 * tokenised ones restored to readable text, each ingested with buildBrief (a fixed `now`) and written with
 * writeBrief. Ingesting them all takes tens of seconds, so the written briefs are cached under
 * node_modules/.cache, keyed by the article file's size and mtime and by a hash of the code that makes a
 * brief (schema, ingest, restorer); a library of N briefs copies them in, repeating them with new ids
 * (`-r2`, `-r3`, …) and a slightly changed title until there are N. The questions are drawn from each
 * brief's own entities, facts and quotes, with a few that no article answers.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'zod';
import type { Brief } from '../../src/core/brief.schema.js';
import { buildBrief } from '../../src/ingest/build-brief.js';
import { writeBrief } from '../../src/ingest/write-brief.js';
import { REPO_ROOT, trainDir } from '../eval/paths.js';
import { learnCaseForms, restoreTokenized, wordNetForms } from '../train/restore-tokenized.js';
import type { BenchQuestion } from './ask.js';
import { BenchError } from './library.js';
import { pick, pickIndex, seededRandom } from './random.js';

export const REAL_ARTICLES_FILE = 'cnndm-val.jsonl';
const CACHE_ROOT = join(REPO_ROOT, 'node_modules/.cache/newsbrief-bench/real-library');
/** Bump when this file changes what it caches (brief files, manifest). */
const CACHE_FORMAT = 2;
/** One fixed ingest time, so that the briefs are the same on every run. */
const BENCH_NOW = new Date('2025-01-01T00:00:00Z');
/** The code whose changes change the briefs: a new hash rebuilds the cache. */
const BRIEF_CODE = [
  'src/core/brief.schema.ts',
  'src/ingest',
  'src/core/text',
  'scripts/train/restore-tokenized.ts',
];
/** At most this many questions are kept per brief. */
const QUESTIONS_PER_BRIEF = 8;
/** Questions no CNN/DailyMail article of 2007–2015 answers; about one question in six is one of them. */
const UNANSWERABLE: readonly string[] = [
  'Who won the 2022 World Cup?',
  'What is the capital of Singapore?',
  'How many employees does Alibaba have?',
  'What will the weather be like tomorrow?',
  'When was Huawei founded?',
  'Who is the mayor of Chongqing?',
];
const UNANSWERABLE_SHARE = 1 / 6;

const ArticleRow = z.object({
  id: z.string(),
  format: z.enum(['cased', 'tokenized-lowercased']),
  article: z.string().min(1),
  highlights: z.string(),
});

interface Manifest {
  format: number;
  key: string;
  /** The cached briefs in the file's order, each with the questions drawn from it. */
  briefs: { id: string; questions: string[] }[];
  rejected: number;
  ingestMs: number;
}

/** A brief of the library (a cached one or a repeat of it) and the questions about it. */
export interface RealEntry {
  id: string;
  questions: readonly string[];
}

export interface RealLibrary {
  entries: RealEntry[];
  /** Distinct articles the copies come from. */
  distinct: number;
  /** Briefs in the cache (every article buildBrief accepted). */
  cached: number;
  /** Articles buildBrief rejected while the cache was built. */
  rejected: number;
  /** Whether the cache was (re)built by this run, and how long the ingest took then. */
  built: boolean;
  ingestMs: number;
  cacheDir: string;
}

/** Writes `count` briefs of the real articles into `dir`, building the cache first when it is missing or stale. */
export async function writeRealLibrary(
  count: number,
  dir: string,
  log: (line: string) => void,
): Promise<RealLibrary> {
  const source = join(trainDir(), REAL_ARTICLES_FILE);
  const key = await cacheKey(source);
  const cacheDir = join(CACHE_ROOT, key);
  let manifest = await readManifest(cacheDir, key);
  const built = manifest === null;
  if (manifest === null) {
    log(
      `bench: ingesting ${relative(process.cwd(), source)} into ${relative(process.cwd(), cacheDir)} (once; ~30 s)`,
    );
    manifest = await buildCache(source, cacheDir, key);
  }
  const bases = manifest.briefs;
  if (bases.length === 0) throw new BenchError(`no article of ${source} became a brief`);
  const entries: RealEntry[] = [];
  for (let index = 0; index < count; index++) {
    const base = bases[index % bases.length] as Manifest['briefs'][number];
    const round = Math.floor(index / bases.length) + 1;
    const from = join(cacheDir, 'briefs', `${base.id}.json`);
    if (round === 1) {
      await copyFile(from, join(dir, `${base.id}.json`));
      entries.push(base);
      continue;
    }
    const brief = JSON.parse(await readFile(from, 'utf8')) as Brief;
    const id = `${base.id}-r${round}`;
    const copy = { ...brief, id, title: `${brief.title} (${round})` };
    await writeFile(join(dir, `${id}.json`), `${JSON.stringify(copy, null, 2)}\n`);
    entries.push({ id, questions: base.questions });
  }
  return {
    entries,
    distinct: Math.min(count, bases.length),
    cached: bases.length,
    rejected: manifest.rejected,
    built,
    ingestMs: manifest.ingestMs,
    cacheDir,
  };
}

/** Draws `count` questions: a random brief of the library, a random question about it (or one nobody answers). */
export function drawRealQuestions(entries: readonly RealEntry[], count: number): BenchQuestion[] {
  const random = seededRandom(20250101);
  return Array.from({ length: count }, () => {
    const entry = entries[pickIndex(random, entries.length)] ?? entries[0];
    if (!entry) throw new Error('the library is empty');
    const own = entry.questions.length > 0 && random() >= UNANSWERABLE_SHARE;
    return { text: pick(random, own ? entry.questions : UNANSWERABLE), briefId: entry.id };
  });
}

/** who / how many / how much / when / what-said questions from a brief's entities, facts and quotes. */
export function questionsAbout(brief: Brief): string[] {
  const out = new Set<string>();
  for (const person of brief.people.slice(0, 2)) out.add(`Who is ${person.name}?`);
  for (const quote of brief.quotes.slice(0, 1)) out.add(`What did ${quote.speaker} say?`);
  for (const org of brief.organisations.slice(0, 1)) out.add(`What did ${org.name} do?`);
  for (const place of brief.places.slice(0, 1)) out.add(`What happened in ${place.name}?`);
  for (const fact of brief.facts) {
    // The words that say what the value measures, as the article has them ("shots behind Holmes").
    const what = fact.description.split(/\s+/).slice(0, 10).join(' ');
    if (fact.kind === 'count') out.add(`How many ${what}?`);
    else if (fact.kind === 'money') out.add(`How much ${what}?`);
    else if (fact.kind === 'percent') out.add(`What percentage ${what}?`);
    else if (fact.kind === 'date') out.add(`What happened ${fact.text ?? `on ${fact.value}`}?`);
    if (out.size >= QUESTIONS_PER_BRIEF) break;
  }
  for (const event of brief.events.slice(0, 1)) out.add(`When was ${event.name}?`);
  return [...out].slice(0, QUESTIONS_PER_BRIEF);
}

/** The article file's size and mtime, the cache format and a hash of the code that makes a brief. */
async function cacheKey(source: string): Promise<string> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(source);
  } catch (error) {
    throw new BenchError(
      `cannot read the real articles at ${source} (${(error as Error).message}); set NEWSBRIEF_TRAIN_DIR or use --library variants`,
    );
  }
  const hash = createHash('sha256').update(`${CACHE_FORMAT}\n${info.size}\n${info.mtimeMs}\n`);
  for (const part of BRIEF_CODE)
    for (const file of await codeFiles(join(REPO_ROOT, part))) {
      hash.update(relative(REPO_ROOT, file)).update(await readFile(file));
    }
  return hash.digest('hex').slice(0, 16);
}

/** The .ts files at `path` (itself, or under it), sorted. */
async function codeFiles(path: string): Promise<string[]> {
  if (path.endsWith('.ts')) return [path];
  const found = await readdir(path, { recursive: true, withFileTypes: true });
  return found
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function readManifest(cacheDir: string, key: string): Promise<Manifest | null> {
  try {
    const manifest = JSON.parse(await readFile(join(cacheDir, 'manifest.json'), 'utf8')) as Manifest;
    return manifest.format === CACHE_FORMAT && manifest.key === key ? manifest : null;
  } catch {
    return null;
  }
}

/** Restores, ingests and writes every article; older caches are removed; the manifest is written last. */
async function buildCache(source: string, cacheDir: string, key: string): Promise<Manifest> {
  const rows = (await readFile(source, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = ArticleRow.safeParse(JSON.parse(line));
      if (!parsed.success) throw new BenchError(`${source}:${index + 1} is not an article row`);
      return parsed.data;
    });
  const forms = learnCaseForms(rows.filter((r) => r.format === 'cased').map((r) => r.article));
  const wordNet = await wordNetForms();
  await rm(CACHE_ROOT, { recursive: true, force: true });
  const building = `${cacheDir}.building`;
  const briefsDir = join(building, 'briefs');
  await mkdir(briefsDir, { recursive: true });
  const briefs: Manifest['briefs'] = [];
  const taken = new Set<string>();
  let rejected = 0;
  const start = performance.now();
  for (const row of rows) {
    const text = row.format === 'cased' ? row.article : restoreTokenized(row.article, forms, wordNet);
    let brief: Brief;
    try {
      brief = buildBrief({ origin: `${source}#${row.id}`, text }, { now: BENCH_NOW });
    } catch {
      rejected++;
      continue;
    }
    // Ids are the date and a slug of the title, as the bot makes them; two articles may share one.
    if (taken.has(brief.id)) brief = { ...brief, id: `${brief.id}-${row.id.slice(0, 8)}` };
    taken.add(brief.id);
    await writeBrief(briefsDir, brief);
    briefs.push({ id: brief.id, questions: questionsAbout(brief) });
  }
  const ingestMs = Math.round(performance.now() - start);
  const manifest: Manifest = { format: CACHE_FORMAT, key, briefs, rejected, ingestMs };
  await writeFile(join(building, 'manifest.json'), `${JSON.stringify(manifest)}\n`);
  await rename(building, cacheDir);
  return manifest;
}
