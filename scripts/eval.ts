/**
 * `npm run eval`: scores the bot on the development sets and prints each suite against the targets.
 * It reports; it is not a test: the exit code is 0 whatever the scores (1 when a set cannot be read; the
 * other suites still run). To add a set, write a `run…Suite` in scripts/eval/ that returns a SuiteResult and
 * add it to SUITES (args.ts) and `runSuite` below.
 */
import { join } from 'node:path';
import { answerQuestion } from '../src/core/answer/answer-question.js';
import { buildBriefing } from '../src/core/briefing/build-briefing.js';
import { EVAL_USAGE, type EvalArgs, parseEvalArgs, type SuiteName } from './eval/args.js';
import { runCnndmSuite } from './eval/cnndm-suite.js';
import { readQaSet, readSummarySet, SET_FILES, toArticleInput } from './eval/dev-sets.js';
import { ingestSet } from './eval/ingest-set.js';
import { loadLibrary } from './eval/load-library.js';
import { readNewsSet, toNewsInput } from './eval/news-set.js';
import { runNewsSuite } from './eval/news-suite.js';
import { CURVE_THRESHOLDS, QUAIL_SPEC, SQUAD_SPEC, TRAIN_SPEC } from './eval/qa-sets.js';
import { type QaSuiteSpec, runQaSuite } from './eval/qa-suite.js';
import { EvalSetError } from './eval/read-set.js';
import { formatSuite, type LibraryInfo, summaryJson } from './eval/report.js';
import { runSeedSuite } from './eval/score-seed.js';
import { CURATED_SEED_BRIEF, readCuratedBrief, runExtractionSuite } from './eval/seed-extraction-suite.js';
import { readSeedSet } from './eval/seed-set.js';
import type { SuiteResult } from './eval/suite.js';
import { readTrainSet } from './eval/train-set.js';
import { optionsOrExitCode } from './script-options.js';

const NO_LIBRARY: LibraryInfo = { dir: '(ingested)', briefs: 0, problems: 0 };

async function runSuite(
  name: SuiteName,
  args: EvalArgs,
): Promise<{ result: SuiteResult; library: LibraryInfo }> {
  const { threshold } = args;
  const askLibrary = (q: string, briefs: Parameters<typeof answerQuestion>[1]) =>
    answerQuestion(q, briefs, { threshold });
  switch (name) {
    case 'seed': {
      const seedSet = await readSeedSet(args.seedSet);
      const library = await loadLibrary(args.briefsDir);
      return { result: runSeedSuite(seedSet, library.briefs, askLibrary), library: library.info };
    }
    case 'extract': {
      const seedSet = await readSeedSet(args.seedSet);
      const curated = await readCuratedBrief(CURATED_SEED_BRIEF);
      const article = join(args.evalDir, SET_FILES.seedArticle);
      return { result: await runExtractionSuite(article, curated, seedSet, askLibrary), library: NO_LIBRARY };
    }
    case 'squad':
      return { result: await qaSuite(SQUAD_SPEC, SET_FILES.squad, args), library: NO_LIBRARY };
    case 'train': {
      const train = await readTrainSet(args.trainDir);
      const ingested = await ingestSet(train.inputs);
      const result = runQaSuite(
        TRAIN_SPEC,
        train.set,
        ingested,
        answerQuestion,
        args.threshold,
        CURVE_THRESHOLDS,
      );
      return { result, library: NO_LIBRARY };
    }
    case 'quail':
      return { result: await qaSuite(QUAIL_SPEC, SET_FILES.quail, args), library: NO_LIBRARY };
    case 'news': {
      const set = await readNewsSet(join(args.evalDir, SET_FILES.news));
      const ingested = await ingestSet(set.articles.map((a) => toNewsInput(a, set.path)));
      const result = runNewsSuite(
        set,
        ingested,
        answerQuestion,
        args.threshold,
        CURVE_THRESHOLDS,
        buildBriefing,
      );
      return { result, library: NO_LIBRARY };
    }
    case 'cnndm': {
      const path = join(args.evalDir, SET_FILES.cnndm);
      const articles = await readSummarySet(path);
      const ingested = await ingestSet(articles.map((a) => toArticleInput(a, path)));
      return { result: runCnndmSuite(path, articles, ingested, buildBriefing), library: NO_LIBRARY };
    }
  }
}

async function qaSuite(spec: QaSuiteSpec, file: string, args: EvalArgs): Promise<SuiteResult> {
  const set = await readQaSet(args.evalDir, file);
  const ingested = await ingestSet(set.articles.map((a) => toArticleInput(a, set.articlesPath)));
  return runQaSuite(spec, set, ingested, answerQuestion, args.threshold, CURVE_THRESHOLDS);
}

async function main(argv: string[]): Promise<number> {
  const args = optionsOrExitCode(() => parseEvalArgs(argv), EVAL_USAGE);
  if (typeof args === 'number') return args;
  const done: { result: SuiteResult; library: LibraryInfo }[] = [];
  let exitCode = 0;
  for (const name of args.suites) {
    try {
      done.push(await runSuite(name, args));
    } catch (error) {
      if (!(error instanceof EvalSetError)) throw error;
      console.error(`eval: ${name}: ${error.message}`);
      exitCode = 1;
    }
  }
  const seedLibrary = done.find((d) => d.result.suite === 'seed')?.library ?? null;
  const results = done.map((d) => d.result);
  if (args.json) {
    console.log(JSON.stringify(summaryJson(results, seedLibrary, args.verbose, args.threshold), null, 2));
  } else {
    console.log(done.map((d) => formatSuite(d.result, d.library, args.verbose)).join('\n\n'));
  }
  return exitCode;
}

process.exitCode = await main(process.argv.slice(2));
