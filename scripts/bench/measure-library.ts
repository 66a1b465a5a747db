/**
 * The measuring half of `npm run bench`, run in fresh processes so that memory readings show what a bot
 * holds for the library, not the generator's working data. `build DIR`: the first start on a new folder,
 * which reads every brief and writes the index. `serve DIR`: a restart on the same folder (warm disk):
 * ready time since the process began, then the questions, memory, briefings, and ingest into the library.
 * Each prints one JSON object of measurements on stdout.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { LibraryStore } from '../../src/briefs/library/library-store.js';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import type { Brief } from '../../src/core/brief.schema.js';
import { buildBriefing } from '../../src/core/briefing/build-briefing.js';
import { createIngestPool } from '../../src/ingest/pool/ingest-pool.js';
import { writeBrief } from '../../src/ingest/write-brief.js';
import { askAll, type BenchQuestion, QUESTIONS_FILE } from './ask.js';
import { readMemory, timed } from './measure.js';

/** The index file of the bench library, inside its folder (not a *.json file, so not a brief). */
export const INDEX_FILE = 'library-index.sqlite';
/** Briefings timed, and articles ingested into the running library, at most. */
const BRIEFINGS = 1000;
const INGESTED = 1000;
/** Articles ingested before the clock starts: the pool's workers load WordNet and warm up on them. */
const INGEST_WARM_UP = 100;
/** Ingested articles are indexed in batches, as the folder watcher reports a burst of new files. */
const INGEST_BATCH = 50;
/** Articles handed to the ingest pool at once: enough to keep its workers busy. */
const IN_FLIGHT = 8;

function openStore(dir: string): LibraryStore {
  return LibraryStore.open({ dir, dbFile: join(dir, INDEX_FILE), keepDays: 0 });
}

function build(dir: string) {
  const { ms, value: report } = timed(() => {
    const store = openStore(dir);
    const report = store.sync();
    store.close();
    return report;
  });
  return { buildMs: ms, briefs: report.added, problems: report.problems.length, rssMb: readMemory().rssMb };
}

async function serve(dir: string) {
  const store = openStore(dir);
  const sync = timed(() => store.sync());
  const library = store.library();
  // Since the process began: module loading and opening the index count, as they do for the bot.
  const readyMs = performance.now();
  const afterLoad = readMemory();
  const questions: BenchQuestion[] = (await readFile(join(dir, QUESTIONS_FILE), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as BenchQuestion);
  const [opening, ...rest] = questions;
  const first = timed(() => answerQuestion(opening?.text ?? '', library));
  const routed = askAll(rest, library, false);
  // The reading: after the routed questions (2,000 by default); then again after as many naming their brief.
  const afterRouted = readMemory();
  const scoped = askAll(rest, library, true);
  const afterAnswers = readMemory();
  const sample = library.summaries.slice(0, BRIEFINGS).map((s) => library.brief(s.id) as Brief);
  const briefing = timed(() => {
    for (const brief of sample) buildBriefing(brief);
  });
  const ingest = await ingestInto(store, dir, sample.slice(0, INGESTED));
  store.close();
  return {
    briefs: library.summaries.length,
    read: sync.value.read,
    syncMs: sync.ms,
    readyMs,
    firstMs: first.ms,
    library: routed,
    scoped,
    briefingMs: briefing.ms / Math.max(1, sample.length),
    ingest,
    memory: { afterLoad, afterRouted, afterAnswers },
  };
}

/**
 * Ingest into the running library as `npm run -s cli -- ingest` and the bot do it together: articles built
 * into briefs by the ingest pool's workers and written with writeBrief, and indexed on the main thread in
 * batches, as the folder watcher reports a burst of new files. Articles a second, sustained: counted from the
 * moment INGEST_WARM_UP articles are indexed to the last.
 */
async function ingestInto(store: LibraryStore, dir: string, sources: readonly Brief[]) {
  const pool = createIngestPool();
  let started: { at: number; indexed: number } | undefined;
  const written: string[] = [];
  let next = 0;
  let indexed = 0;
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      const source = sources[i] as Brief;
      const result = await pool.input({
        origin: 'bench',
        id: `ingested-${i}-${source.id}`,
        text: source.text.body,
      });
      if (!('brief' in result)) continue;
      written.push((await writeBrief(dir, result.brief)).path);
      if (written.length - indexed >= INGEST_BATCH) {
        store.sync(written.slice(indexed));
        indexed = written.length;
        if (!started && indexed >= INGEST_WARM_UP) started = { at: performance.now(), indexed };
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  store.sync(written.slice(indexed));
  const clock = started ?? { at: Number.NaN, indexed: 0 };
  const seconds = (performance.now() - clock.at) / 1000;
  await pool.close();
  // The folder goes on to the Slack and Discord sections as it was.
  await Promise.all(written.map((file) => rm(file, { force: true })));
  store.sync(written);
  const timed = written.length - clock.indexed;
  return { articles: timed, warmUp: clock.indexed, perSecond: timed / seconds };
}

const [mode, dir] = process.argv.slice(2);
if (!dir || (mode !== 'build' && mode !== 'serve')) {
  console.error('usage: measure-library.ts build|serve DIR');
  process.exit(2);
}
console.log(JSON.stringify(mode === 'build' ? build(dir) : await serve(dir)));
