import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_BRIEFS_DIR, evalDir, fromCwd, SEED_SET_FILE } from './paths.js';

export interface EvalArgs {
  briefsDir: string;
  seedSet: string;
  verbose: boolean;
  json: boolean;
  help: boolean;
}

export const EVAL_USAGE = `Usage: npm run eval -- [--briefs DIR] [--seed-set PATH] [--verbose] [--json]

Scores the bot on the development sets, asking every question of the whole library (no brief named).
  --briefs DIR       briefs to load (default: ./briefs)
  --seed-set PATH    the seed question set (default: $NEWSBRIEF_EVAL_DIR/${SEED_SET_FILE},
                     else ../shared/eval/${SEED_SET_FILE} beside the repository)
  --verbose, -v      one line per question: id, ok/FAIL, cited sentence, answer or abstention
  --json             print the summary as JSON (with --verbose, every question too)
Exits 0 whatever the scores; 1 when a set or the briefs folder cannot be read; 2 on a bad option.`;

/** Parses the command line; throws TypeError on an unknown option (node:util's message). */
export function parseEvalArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): EvalArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      briefs: { type: 'string' },
      'seed-set': { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    briefsDir: values.briefs ? fromCwd(values.briefs) : DEFAULT_BRIEFS_DIR,
    seedSet: values['seed-set'] ? fromCwd(values['seed-set']) : join(evalDir(env), SEED_SET_FILE),
    verbose: values.verbose,
    json: values.json,
    help: values.help,
  };
}
