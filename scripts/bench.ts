/**
 * `npm run bench`: builds a library of 1,000 briefs (the seed brief and 999 variants) in a temporary folder and
 * measures loading, answering (without and with a brief id), memory and briefing against the targets.
 * It reports; it is not a test: the exit code is 0 whatever the figures (1 when the seed brief is unusable).
 */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBriefs } from '../src/briefs/load-briefs.js';
import { answerQuestion } from '../src/core/answer/answer-question.js';
import { buildBriefing } from '../src/core/briefing/build-briefing.js';
import { BENCH_USAGE, type BenchArgs, parseBenchArgs } from './bench/args.js';
import { askAll, drawQuestions } from './bench/ask.js';
import { BenchError, readSeedBrief, writeLibrary } from './bench/library.js';
import { collectGarbage, percentile, readMemory, timed, timedAsync } from './bench/measure.js';
import { BENCH_QUESTIONS } from './bench/questions.js';
import { type BenchMetric, benchJson, formatBenchTable } from './bench/report.js';

const TARGETS = { loadMs: 1000, answerP99Ms: 2, rssMb: 200 } as const;

async function run(args: BenchArgs, dir: string): Promise<void> {
  const seed = await readSeedBrief(args.seed);
  const generated = await timedAsync(() => writeLibrary(seed, args.count, dir));
  const entries = generated.value;
  const before = readMemory();

  const loaded = await timedAsync(() => loadBriefs(dir));
  const { briefs, problems } = loaded.value;
  const afterLoad = readMemory();
  if (briefs.length === 0)
    throw new BenchError(`no brief of the generated library loaded (${problems.length} problems)`);

  // One question list, asked in both modes; a separate first question builds the engine's index.
  const questions = drawQuestions(entries, BENCH_QUESTIONS, args.questions + 1);
  const [opening, ...rest] = questions;
  const first = timed(() => answerQuestion(opening?.text ?? '', briefs));
  const library = askAll(rest, briefs, false);
  const scoped = askAll(rest, briefs, true);
  const afterAnswers = readMemory();

  const briefing = timed(() => {
    for (const brief of briefs) buildBriefing(brief);
  });

  const n = rest.length;
  const metrics: BenchMetric[] = [
    {
      name: 'load library (loadBriefs)',
      value: loaded.ms,
      unit: 'ms',
      max: TARGETS.loadMs,
      detail: `${briefs.length} briefs`,
    },
    { name: 'briefs rejected by loadBriefs', value: problems.length, unit: 'count', max: 0 },
    { name: 'first question (index build)', value: first.ms, unit: 'ms', max: null },
    {
      name: 'answer p50, whole library',
      value: percentile(library.samples, 50),
      unit: 'ms',
      max: null,
      detail: `${n} q`,
    },
    {
      name: 'answer p99, whole library',
      value: percentile(library.samples, 99),
      unit: 'ms',
      max: TARGETS.answerP99Ms,
    },
    { name: 'answer max, whole library', value: percentile(library.samples, 100), unit: 'ms', max: null },
    {
      name: 'answer p50, with brief id',
      value: percentile(scoped.samples, 50),
      unit: 'ms',
      max: null,
      detail: `${n} q`,
    },
    {
      name: 'answer p99, with brief id',
      value: percentile(scoped.samples, 99),
      unit: 'ms',
      max: TARGETS.answerP99Ms,
    },
    { name: 'answer max, with brief id', value: percentile(scoped.samples, 100), unit: 'ms', max: null },
    {
      name: 'answered (not abstained), whole library',
      value: library.answered / n,
      unit: 'share',
      max: null,
    },
    { name: 'answered (not abstained), with brief id', value: scoped.answered / n, unit: 'share', max: null },
    { name: 'RSS after loading', value: afterLoad.rssMb, unit: 'MB', max: TARGETS.rssMb },
    { name: 'RSS after answering', value: afterAnswers.rssMb, unit: 'MB', max: TARGETS.rssMb },
    { name: 'buildBriefing, mean per brief', value: briefing.ms / briefs.length, unit: 'ms', max: null },
  ];
  const context = {
    node: process.version,
    seed: seed.file,
    briefs: briefs.length,
    questionsPerMode: n,
    questionTemplates: BENCH_QUESTIONS.length,
    generateMs: Math.round(generated.ms),
    heapUsedMb: {
      beforeLoad: before.heapUsedMb,
      afterLoad: afterLoad.heapUsedMb,
      afterAnswers: afterAnswers.heapUsedMb,
    },
    rssBeforeLoadMb: before.rssMb,
    gcBeforeReadings: collectGarbage(),
  };
  if (args.json) {
    console.log(JSON.stringify(benchJson(metrics, context), null, 2));
    return;
  }
  console.log(
    [
      `bench: ${briefs.length} briefs (${seed.brief.id} + ${briefs.length - 1} variants), generated in ${(generated.ms / 1000).toFixed(1)} s`,
      `${n} questions per mode from ${BENCH_QUESTIONS.length} templates (answerable and not), on node ${process.version}`,
      '',
      formatBenchTable(metrics),
      '',
      `RSS before loading: ${before.rssMb.toFixed(1)} MB; memory is read after a full garbage collection${context.gcBeforeReadings ? '' : ' (unavailable here: readings include garbage)'}.`,
    ].join('\n'),
  );
}

async function main(argv: string[]): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${BENCH_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(BENCH_USAGE);
    return 0;
  }
  const dir = await mkdtemp(join(tmpdir(), 'newsbrief-bench-'));
  const cleanUp = () => {
    if (!args.keep) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and relayed by tsx), and a second
  // signal with no listener would kill it before the folder is gone.
  const interrupted = () => {
    cleanUp();
    process.exit(130);
  };
  process.on('SIGINT', interrupted).on('SIGTERM', interrupted);
  try {
    await run(args, dir);
    return 0;
  } catch (error) {
    if (error instanceof BenchError) {
      console.error(`bench: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    cleanUp();
    if (args.keep) console.error(`bench: kept the library in ${dir}`);
  }
}

process.exitCode = await main(process.argv.slice(2));
