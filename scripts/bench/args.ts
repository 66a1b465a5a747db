import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fromCwd, REPO_ROOT } from '../eval/paths.js';

export const DEFAULT_SEED_BRIEF = resolve(REPO_ROOT, 'briefs/2022-08-22-smart-expo-chongqing.json');

export interface BenchArgs {
  /** The brief the library is made from; null = the bundled seed brief (or the first brief in ./briefs). */
  seed: string | null;
  count: number;
  questions: number;
  json: boolean;
  keep: boolean;
  /** Only the feeds section: one poll pass over 1,000 feeds on a local server. */
  feeds: boolean;
  help: boolean;
}

export const BENCH_USAGE = `Usage: npm run bench -- [--seed FILE] [--count N] [--questions N] [--feeds] [--json] [--keep]

Builds a library of N briefs (the seed brief and N-1 variants of it) in a temporary folder and measures
loading, answering and memory against the targets.
  --seed FILE      the brief to make the library from (default: briefs/2022-08-22-smart-expo-chongqing.json,
                   else the first brief in ./briefs)
  --count N        briefs in the library (default 1000)
  --questions N    questions timed in each mode, without and with a brief id (default 2000)
  --feeds          run only the feeds section: 1,000 feeds on a local server, a first pass, then a poll
                   pass with 10 % of them changed (time, requests, 304s, memory)
  --json           print the results as JSON
  --keep           keep the temporary folder (its path is printed) instead of deleting it
Exits 0 whatever the figures; 1 when the seed brief cannot be used; 2 on a bad option.`;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      seed: { type: 'string' },
      count: { type: 'string', default: '1000' },
      questions: { type: 'string', default: '2000' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      feeds: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    seed: values.seed ? fromCwd(values.seed) : null,
    count: positiveInt('--count', values.count),
    questions: positiveInt('--questions', values.questions),
    json: values.json,
    keep: values.keep,
    feeds: values.feeds,
    help: values.help,
  };
}

function positiveInt(option: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new TypeError(`${option} wants a whole number of at least 1, not "${text}"`);
  return n;
}
