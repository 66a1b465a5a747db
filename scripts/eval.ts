/**
 * `npm run eval`: scores the answer engine on the development sets and prints the result against the targets.
 * It reports; it is not a test: the exit code is 0 whatever the scores (1 when a set cannot be read).
 * To add a set (SQuAD, QuAIL, CNN/DM), write a reader and a `run…Suite` in scripts/eval/ that returns a
 * SuiteResult, and append it to the suites below.
 */
import { answerQuestion } from '../src/core/answer/answer-question.js';
import { EVAL_USAGE, parseEvalArgs } from './eval/args.js';
import { loadLibrary } from './eval/load-library.js';
import { EvalSetError } from './eval/read-set.js';
import { formatSuite, summaryJson } from './eval/report.js';
import { runSeedSuite } from './eval/score-seed.js';
import { readSeedSet } from './eval/seed-set.js';
import type { SuiteResult } from './eval/suite.js';

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseEvalArgs>;
  try {
    args = parseEvalArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${EVAL_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(EVAL_USAGE);
    return 0;
  }
  try {
    const seedSet = await readSeedSet(args.seedSet);
    const library = await loadLibrary(args.briefsDir);
    const results: SuiteResult[] = [
      runSeedSuite(seedSet, library.briefs, (q, briefs) => answerQuestion(q, briefs)),
    ];
    if (args.json) {
      console.log(JSON.stringify(summaryJson(results, library.info, args.verbose), null, 2));
    } else {
      console.log(results.map((r) => formatSuite(r, library.info, args.verbose)).join('\n\n'));
    }
    return 0;
  } catch (error) {
    if (error instanceof EvalSetError) {
      console.error(`eval: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
