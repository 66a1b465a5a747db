/**
 * The library section's measuring and reporting: two fresh processes on the bundled measuring script, the
 * first start (index build) and a restart (warm disk), and the rows of the report against the targets of
 * the library's size.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { AskRun } from './ask.js';
import { BenchError } from './library.js';
import type { MemoryReading } from './measure.js';
import { percentile } from './measure.js';
import type { BenchMetric } from './report.js';

const MEASURE_SCRIPT = fileURLToPath(new URL('./measure-library.ts', import.meta.url));
// Inside the project, so the bundle finds the project's packages.
const MEASURE_BUNDLE = fileURLToPath(
  new URL('../../node_modules/.cache/newsbrief-bench/measure.mjs', import.meta.url),
);
// The ingest pool of a bundle starts its workers from `ingest-worker.js` beside it, as in dist/.
const WORKER_SCRIPT = fileURLToPath(new URL('../../src/ingest/pool/ingest-worker.ts', import.meta.url));
const WORKER_BUNDLE = fileURLToPath(
  new URL('../../node_modules/.cache/newsbrief-bench/ingest-worker.js', import.meta.url),
);

export interface BuildMeasurements {
  buildMs: number;
  briefs: number;
  problems: number;
  rssMb: number;
}

export interface ServeMeasurements {
  briefs: number;
  /** Brief files read at the restart: 0 when the index was up to date. */
  read: number;
  syncMs: number;
  readyMs: number;
  firstMs: number;
  library: AskRun;
  scoped: AskRun;
  briefingMs: number;
  /** Articles timed, after `warmUp` more that warmed the ingest pool up. */
  ingest: { articles: number; warmUp: number; perSecond: number };
  memory: Record<'afterLoad' | 'afterRouted' | 'afterAnswers', MemoryReading>;
}

/** The targets, by library size: up to 1,000 briefs, 10,000, and 100,000. */
export function libraryTargets(briefs: number) {
  if (briefs <= 1000) return { readyMs: 1500, rssMb: 150, answerP99Ms: 10, ingestPerSecond: 150 };
  if (briefs <= 10_000) return { readyMs: 3000, rssMb: 250, answerP99Ms: 15, ingestPerSecond: 150 };
  return { readyMs: 10_000, rssMb: 400, answerP99Ms: 25, ingestPerSecond: 100 };
}

/**
 * Runs one measuring mode in a fresh process on bundled JavaScript, as `npm start` runs the bot: memory then
 * shows the library alone, without the generator's data or the TypeScript loader.
 */
export function measureInChild(mode: 'build', dir: string): BuildMeasurements;
export function measureInChild(mode: 'serve', dir: string): ServeMeasurements;
export function measureInChild(mode: 'build' | 'serve', dir: string): BuildMeasurements | ServeMeasurements {
  bundleOnce();
  const child = spawnSync(process.execPath, [MEASURE_BUNDLE, mode, dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new BenchError(`the measuring process failed: ${child.stderr.trim()}`);
  return JSON.parse(child.stdout);
}

let bundled = false;

/** The measuring script and the ingest worker, bundled once per bench run (both children use them). */
function bundleOnce(): void {
  if (bundled) return;
  for (const [entry, outfile] of [
    [MEASURE_SCRIPT, MEASURE_BUNDLE],
    [WORKER_SCRIPT, WORKER_BUNDLE],
  ] as const) {
    buildSync({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'warning',
    });
  }
  bundled = true;
}

export function libraryMetrics(built: BuildMeasurements, served: ServeMeasurements): BenchMetric[] {
  const targets = libraryTargets(served.briefs);
  const n = served.library.samples.length;
  return [
    {
      name: 'first start: read and index',
      value: built.buildMs,
      unit: 'ms',
      max: null,
      detail: `${built.briefs} briefs`,
    },
    { name: 'briefs rejected', value: built.problems, unit: 'count', max: 0 },
    {
      name: 'ready after restart (warm disk)',
      value: served.readyMs,
      unit: 'ms',
      max: targets.readyMs,
      detail: `${served.read} files read`,
    },
    { name: '  of which the folder check', value: served.syncMs, unit: 'ms', max: null },
    { name: 'first question', value: served.firstMs, unit: 'ms', max: null },
    ...latencyRows('routed over the library', served.library.samples, targets.answerP99Ms),
    ...latencyRows('with brief id', served.scoped.samples, targets.answerP99Ms),
    { name: 'answered, routed', value: served.library.answered / n, unit: 'share', max: null },
    { name: 'answered, with brief id', value: served.scoped.answered / n, unit: 'share', max: null },
    { name: 'RSS when ready', value: served.memory.afterLoad.rssMb, unit: 'MB', max: null },
    {
      name: `RSS after ${n} routed questions`,
      value: served.memory.afterRouted.rssMb,
      unit: 'MB',
      max: targets.rssMb,
    },
    {
      name: `  and after ${n} more naming their brief`,
      value: served.memory.afterAnswers.rssMb,
      unit: 'MB',
      max: null,
    },
    {
      name: 'ingest into the library, sustained',
      value: served.ingest.perSecond,
      unit: 'per second',
      max: null,
      min: targets.ingestPerSecond,
      detail: `articles/s over ${served.ingest.articles}, after ${served.ingest.warmUp}`,
    },
    { name: 'buildBriefing, mean per brief', value: served.briefingMs, unit: 'ms', max: null },
  ];
}

/** The first questions a fresh library answers, which pay for JIT, word caches and reading briefs. */
export const WARM_UP_QUESTIONS = 500;

/** p50, p99 and max of one answering mode; p99 also apart for the first WARM_UP_QUESTIONS and for the rest. */
function latencyRows(mode: string, samples: readonly number[], target: number): BenchMetric[] {
  const warm = samples.slice(WARM_UP_QUESTIONS);
  return [
    {
      name: `answer p50, ${mode}`,
      value: percentile(samples, 50),
      unit: 'ms',
      max: null,
      detail: `${samples.length} q`,
    },
    {
      name: `  p99 of the first ${WARM_UP_QUESTIONS}`,
      value: percentile(samples.slice(0, WARM_UP_QUESTIONS), 99),
      unit: 'ms',
      max: null,
    },
    {
      name: '  p99 after them',
      value: percentile(warm.length > 0 ? warm : samples, 99),
      unit: 'ms',
      max: target,
    },
    { name: '  max', value: percentile(samples, 100), unit: 'ms', max: null },
  ];
}
