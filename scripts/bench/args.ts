import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fromCwd, REPO_ROOT } from '../eval/paths.js';

export const DEFAULT_SEED_BRIEF = resolve(REPO_ROOT, 'briefs/2022-08-22-smart-expo-chongqing.json');

export interface BenchArgs {
  /** The brief the library is made from; null = the bundled seed brief (or the first brief in ./briefs). */
  seed: string | null;
  /** Briefs in the library (`--library-size`, or its older name `--count`). */
  count: number;
  /** real: the CNN/DailyMail articles, ingested (cached) and repeated; variants: the seed brief and its variants. */
  library: 'real' | 'variants';
  /** Only the library section. */
  libraryOnly: boolean;
  questions: number;
  json: boolean;
  keep: boolean;
  /** Only the feeds section: one poll pass over 1,000 feeds on a local server. */
  feeds: boolean;
  help: boolean;
}

export const BENCH_USAGE = `Usage: npm run bench -- [--library real|variants] [--library-size N] [--library-only] [--seed FILE]
                        [--questions N] [--feeds] [--json] [--keep]

Builds a library of N briefs in a temporary folder and measures loading, answering and memory against the
targets.
  --library real   (default) the 5,293 CNN/DailyMail articles of ../shared/train/cnndm-val.jsonl, ingested
                   with buildBrief (cached in node_modules/.cache/newsbrief-bench/real-library; the first run
                   takes ~30 s), repeated with new ids (-r2, -r3, …) to reach N; questions drawn from each
                   brief's people, places, facts and quotes
  --library variants  the seed brief and N-1 generated variants of it (the older bench library)
  --library-size N briefs in the library (default 1000; 10000 works; 100000 is accepted but takes long to
                   write and load). --count N is the same option
  --library-only   run only the library section
  --seed FILE      with --library variants: the brief to make the library from (default:
                   briefs/2022-08-22-smart-expo-chongqing.json, else the first brief in ./briefs)
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
      count: { type: 'string' },
      'library-size': { type: 'string' },
      library: { type: 'string', default: 'real' },
      'library-only': { type: 'boolean', default: false },
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
    count: positiveInt('--library-size', values['library-size'] ?? values.count ?? '1000'),
    library: libraryKind(values.library),
    libraryOnly: values['library-only'],
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

function libraryKind(text: string): 'real' | 'variants' {
  if (text === 'real' || text === 'variants') return text;
  throw new TypeError(`--library wants real or variants, not "${text}"`);
}
