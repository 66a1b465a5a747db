import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_THRESHOLD } from '../../src/core/answer/answer-question.js';
import { DEFAULT_BRIEFS_DIR, evalDir, fromCwd, SEED_SET_FILE, trainDir } from './paths.js';

export const SUITES = ['seed', 'extract', 'squad', 'train', 'quail', 'news', 'cnndm'] as const;
export type SuiteName = (typeof SUITES)[number];

export interface EvalArgs {
  briefsDir: string;
  seedSet: string;
  /** The folder of the development sets. */
  evalDir: string;
  /** The folder of the training data, for the train suite. */
  trainDir: string;
  suites: SuiteName[];
  threshold: number;
  verbose: boolean;
  json: boolean;
  help: boolean;
}

export const EVAL_USAGE = `Usage: npm run eval -- [--suite LIST] [--threshold N] [--eval-dir DIR] [--train-dir DIR]
                       [--briefs DIR] [--seed-set PATH] [--verbose] [--json]

Scores the bot on the development sets and prints each suite against the issue's targets.
  seed     the seed questions, asked of the whole library in --briefs (no brief named)
  extract  the seed article ingested with buildBrief: curated facts recovered; seed questions on both briefs
  squad    SQuAD 2.0 "Normans", ingested; each question names its paragraph's brief; curve, F1 by type and
           calibration
  train    as squad, on the training split's SQuAD files (--train-dir): beside squad, a large gap means
           over-fitting
  quail    QuAIL news, ingested, as squad; F1 by question words and by the set's question type
  news     news questions a chat user would type, ingested; each asked naming its article and again of the
           whole library; right/abstained/wrong-among-given, curve, calibration, scores by kind
  cnndm    CNN/DailyMail, ingested: ROUGE-1/2 of the briefing against the reference, beside Lead-3
  --suite LIST       comma-separated suites to run (default: all: ${SUITES.join(',')})
  --threshold N      the engine's abstention threshold, 0–1 (default ${DEFAULT_THRESHOLD})
  --eval-dir DIR     the development sets (default: $NEWSBRIEF_EVAL_DIR, else ../shared/eval beside the
                     repository); the seed article is read from DIR/../seeds/
  --briefs DIR       briefs for the seed suite (default: ./briefs)
  --train-dir DIR    the training data (default: $NEWSBRIEF_TRAIN_DIR, else ../shared/train beside the
                     repository)
  --seed-set PATH    the seed question set (default: DIR/${SEED_SET_FILE})
  --verbose, -v      one line per question (per article for cnndm, per missed fact for extract)
  --json             print the summary as JSON (with --verbose, every question too)
Exits 0 whatever the scores; 1 when a set or the briefs folder cannot be read; 2 on a bad option.`;

/** Parses the command line; throws TypeError on an unknown option or a bad value. */
export function parseEvalArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): EvalArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      suite: { type: 'string' },
      threshold: { type: 'string' },
      'eval-dir': { type: 'string' },
      'train-dir': { type: 'string' },
      briefs: { type: 'string' },
      'seed-set': { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const dir = values['eval-dir'] ? fromCwd(values['eval-dir']) : evalDir(env);
  return {
    briefsDir: values.briefs ? fromCwd(values.briefs) : DEFAULT_BRIEFS_DIR,
    seedSet: values['seed-set'] ? fromCwd(values['seed-set']) : join(dir, SEED_SET_FILE),
    evalDir: dir,
    trainDir: values['train-dir'] ? fromCwd(values['train-dir']) : trainDir(env),
    suites: values.suite === undefined ? [...SUITES] : parseSuites(values.suite),
    threshold: values.threshold === undefined ? DEFAULT_THRESHOLD : parseThreshold(values.threshold),
    verbose: values.verbose,
    json: values.json,
    help: values.help,
  };
}

function parseSuites(text: string): SuiteName[] {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(SUITES as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0)
    throw new TypeError(`--suite wants a comma-separated list of ${SUITES.join(', ')}; got "${text}"`);
  return SUITES.filter((s) => names.includes(s));
}

function parseThreshold(text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new TypeError(`--threshold wants a number from 0 to 1, not "${text}"`);
  return n;
}
