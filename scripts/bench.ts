/**
 * `npm run bench`: builds a library of 1,000 briefs (`--library real`, the default: the CNN/DailyMail training
 * articles, ingested once and cached; `--library variants`: the seed brief and 999 variants; `--library-size N`)
 * in a temporary folder and measures loading, answering (without and with a brief id), memory and briefing against the targets; then
 * measures ingesting (buildBrief on ~600-word articles: speed and memory). `--ingest` runs the ingest section
 * alone. Then one scheduler pass over 10,000 subscriptions, 200 Slack slash commands and 200 Discord
 * interactions to the real bot, and one feed poll pass over 1,000 feeds on a local server, 10 % of them changed
 * (`--feeds` runs it alone). It reports; it is not a test: the exit code is 0 whatever the figures (1 when the
 * seed brief, the ingest articles or the feed items' texts are unusable).
 */

import { rmSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_USAGE, type BenchArgs, parseBenchArgs } from './bench/args.js';
import { drawQuestions, QUESTIONS_FILE } from './bench/ask.js';
import { DISCORD_PLAN, discordMetrics, measureDiscordInteractions } from './bench/discord-bench.js';
import { FEEDS_TARGETS, feedsMetrics, feedsReport, measureFeeds } from './bench/feeds-bench.js';
import {
  INGEST_PLAN,
  INGEST_TARGETS,
  ingestMetrics,
  makeArticles,
  measureIngest,
  readSourceTexts,
} from './bench/ingest-bench.js';
import { BenchError, readSeedBrief, writeLibrary } from './bench/library.js';
import { libraryMetrics, measureInChild } from './bench/library-bench.js';
import { collectGarbage, timedAsync } from './bench/measure.js';
import { BENCH_QUESTIONS } from './bench/questions.js';
import { drawRealQuestions, writeRealLibrary } from './bench/real-library.js';
import { benchJson, formatBenchTable } from './bench/report.js';
import { measureSchedulerPass, SCHEDULER_PLAN, schedulerMetrics } from './bench/scheduler-bench.js';
import { measureSlackCommands, SLACK_PLAN, slackMetrics } from './bench/slack-bench.js';
import { EvalSetError } from './eval/read-set.js';
import { optionsOrExitCode } from './script-options.js';

/** The library section; with --json returns its JSON object instead of printing. */
async function run(args: BenchArgs, dir: string): Promise<object | null> {
  const made = await makeLibrary(args, dir);
  const { generated, questions } = made;
  await writeFile(join(dir, QUESTIONS_FILE), `${questions.map((q) => JSON.stringify(q)).join('\n')}\n`);
  const built = measureInChild('build', dir);
  if (built.briefs === 0)
    throw new BenchError(`no brief of the generated library loaded (${built.problems} problems)`);
  const served = measureInChild('serve', dir);
  const metrics = libraryMetrics(built, served);
  const n = served.library.samples.length;
  const context = {
    node: process.version,
    library: args.library,
    source: made.source,
    briefs: served.briefs,
    questionsPerMode: n,
    questionTemplates: made.templates,
    generateMs: Math.round(generated.ms),
    heapUsedMb: {
      afterLoad: served.memory.afterLoad.heapUsedMb,
      afterAnswers: served.memory.afterAnswers.heapUsedMb,
    },
    rssAfterFirstStartMb: built.rssMb,
    gcBeforeReadings: collectGarbage(),
  };
  if (args.json) return benchJson(metrics, context);
  console.log(
    [
      `bench: ${served.briefs} briefs (${made.describe(served.briefs)}), written in ${(generated.ms / 1000).toFixed(1)} s`,
      `${n} questions per mode ${made.questionsFrom} (answerable and not), on node ${process.version}`,
      '',
      formatBenchTable(metrics),
      '',
      `Measured in fresh processes: the first start reads every brief and writes the index (a SQLite file in the`,
      `folder); the restart reads no brief it has indexed. Memory is read after a full garbage collection${context.gcBeforeReadings ? '' : ' (unavailable here: readings include garbage)'}.`,
    ].join('\n'),
  );
  return null;
}

/** The library the bench measures (real articles or variants of the seed) and the questions drawn about it. */
async function makeLibrary(args: BenchArgs, dir: string) {
  const extra = args.questions + 1;
  if (args.count > 10_000)
    console.error(`bench: a library of ${args.count} briefs takes long to write and load`);
  if (args.library === 'real') {
    const generated = await timedAsync(() =>
      writeRealLibrary(args.count, dir, (line) => console.error(line)),
    );
    const real = generated.value;
    const cache = real.built
      ? `ingested ${real.cached} articles in ${(real.ingestMs / 1000).toFixed(1)} s, cached`
      : `from the cache of ${real.cached} ingested articles`;
    return {
      generated,
      questions: drawRealQuestions(real.entries, extra),
      source: real.cacheDir,
      templates: null,
      describe: (loaded: number) =>
        `${Math.min(loaded, real.distinct)} CNN/DailyMail articles${loaded > real.distinct ? `, repeated with new ids to ${loaded}` : ''}; ${cache}; ${real.rejected} rejected by buildBrief`,
      questionsFrom: "drawn from each brief's people, places, facts and quotes",
    };
  }
  const seed = await readSeedBrief(args.seed);
  const generated = await timedAsync(() => writeLibrary(seed, args.count, dir));
  return {
    generated,
    questions: drawQuestions(generated.value, BENCH_QUESTIONS, extra),
    source: seed.file,
    templates: BENCH_QUESTIONS.length,
    describe: (loaded: number) => `${seed.brief.id} + ${loaded - 1} variants`,
    questionsFrom: `from ${BENCH_QUESTIONS.length} templates`,
  };
}

/** The ingest section: buildBrief's speed on one core and its memory over 10,000 articles. */
async function runIngest(json: boolean): Promise<object | null> {
  let texts: string[];
  try {
    texts = await readSourceTexts();
  } catch (error) {
    if (error instanceof EvalSetError) throw new BenchError(`no articles to ingest: ${error.message}`);
    throw error;
  }
  const articles = makeArticles(texts, INGEST_PLAN.distinct, INGEST_PLAN.words);
  const measured = measureIngest(articles);
  const metrics = ingestMetrics(measured);
  const context = { ...measured, plan: INGEST_PLAN, targets: INGEST_TARGETS };
  if (json) return benchJson(metrics, context);
  console.log(
    [
      `ingest: ${measured.articles} distinct articles of ${measured.meanWords.toFixed(0)} words on average (CNN/DailyMail and QuAIL sentences), ${measured.meanSentences.toFixed(1)} sentences a brief`,
      `buildBrief timed over ${measured.timed} articles after ${INGEST_PLAN.warmup} warm-up, on the main thread; then ${INGEST_PLAN.memoryRuns} ingested and dropped`,
      '',
      formatBenchTable(metrics),
      '',
      'CPU is user + system time of the whole process (V8 helper threads included), so it is the one-core cost; the',
      'heap is read after a full garbage collection; the drift is from the first reading to the last.',
    ].join('\n'),
  );
  return null;
}

/** The digest section: one scheduler pass's store work over 10,000 SQLite subscriptions, 100 of them due. */
async function runScheduler(json: boolean): Promise<object | null> {
  const measured = await measureSchedulerPass();
  const metrics = schedulerMetrics(measured);
  if (json) return benchJson(metrics, { ...measured, plan: SCHEDULER_PLAN });
  console.log(
    [
      `scheduler: ${measured.subscriptions} subscriptions in a SQLite file (WAL), ${measured.due} due; publishing excluded`,
      '',
      formatBenchTable(metrics),
    ].join('\n'),
  );
  return null;
}

/** The Slack section: slash commands over loopback to the real bot, answering from the generated library. */
async function runSlack(json: boolean, dir: string): Promise<object | null> {
  const questions = await readQuestions(dir);
  const measured = await measureSlackCommands(dir, questions);
  const metrics = slackMetrics(measured);
  const { ackMs: _ack, responseMs: _response, ...context } = measured;
  if (json) return benchJson(metrics, { ...context, plan: SLACK_PLAN });
  const mix = Object.entries(measured.mix)
    .map(([command, n]) => `${n} ${command}`)
    .join(', ');
  console.log(
    [
      `slack: the real Bolt app in HTTP mode (own process) on the generated library; signed requests over loopback (${mix}); fake Web API`,
      '',
      formatBenchTable(metrics),
    ].join('\n'),
  );
  return null;
}

/** The Discord section: slash-command interactions over the gateway to the real bot, on the generated library. */
async function runDiscord(json: boolean, dir: string): Promise<object | null> {
  const measured = await measureDiscordInteractions(dir, await readQuestions(dir));
  const metrics = discordMetrics(measured);
  const { callbackMs: _callback, ...context } = measured;
  if (json) return benchJson(metrics, { ...context, plan: DISCORD_PLAN });
  const mix = Object.entries(measured.mix)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  console.log(
    [
      `discord: the real discord.js bot (own process) on the generated library, logged in to a fake gateway; interactions over its WebSocket (${mix}); callbacks to a fake REST API`,
      '',
      formatBenchTable(metrics),
    ].join('\n'),
  );
  return null;
}

/** The feeds section: a poll pass over 1,000 feeds on a local server, 10 % changed; its temp folder in `dir`. */
async function runFeeds(json: boolean, dir: string): Promise<object | null> {
  const measured = await measureFeeds(dir);
  const metrics = feedsMetrics(measured);
  if (json) return benchJson(metrics, { ...measured, targets: FEEDS_TARGETS });
  console.log(feedsReport(measured));
  return null;
}

/** The questions the library section drew, one JSON object a line in the library folder. */
async function readQuestions(dir: string): Promise<string[]> {
  return (await readFile(join(dir, QUESTIONS_FILE), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** `--ingest` (the ingest section alone) is taken off before the library bench's options are parsed. */
const INGEST_ONLY = '--ingest';
const USAGE = BENCH_USAGE.replace(
  '\nExits 0 whatever the figures; 1 when the seed brief cannot be used;',
  `\n  ${INGEST_ONLY}         run only the ingest section: buildBrief on ~600-word articles, speed and memory (with\n                   --feeds: those two sections)\nExits 0 whatever the figures; 1 when the seed brief, the ingest articles or the feed items' texts\ncannot be used;`,
);

async function main(argv: string[]): Promise<number> {
  const ingestOnly = argv.includes(INGEST_ONLY);
  const args = optionsOrExitCode(() => parseBenchArgs(argv.filter((a) => a !== INGEST_ONLY)), USAGE);
  if (typeof args === 'number') return args;
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
    // --ingest, --feeds and --library-only pick sections; with none, all of them run.
    const all = !ingestOnly && !args.feeds && !args.libraryOnly;
    const gap = () => {
      if (!args.json) console.log('');
    };
    const library = all || args.libraryOnly ? await run(args, dir) : null;
    if (all) gap();
    const ingest = all || ingestOnly ? await runIngest(args.json) : null;
    if (all) gap();
    const scheduler = all ? await runScheduler(args.json) : null;
    if (all) gap();
    const slack = all ? await runSlack(args.json, dir) : null;
    if (all) gap();
    const discord = all ? await runDiscord(args.json, dir) : null;
    if (all || (ingestOnly && args.feeds)) gap();
    const feeds = all || args.feeds ? await runFeeds(args.json, dir) : null;
    if (args.json) {
      const only = ingestOnly && args.feeds ? { ingest, feeds } : ingestOnly ? ingest : feeds;
      console.log(
        JSON.stringify(
          all ? { ...library, ingest, scheduler, slack, discord, feeds } : args.libraryOnly ? library : only,
          null,
          2,
        ),
      );
    }
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
