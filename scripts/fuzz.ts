/**
 * `npm run fuzz`: hostile input against the bot, measured — random and worst-case questions, hostile and
 * malformed articles, forged and replayed Slack requests with a flood beside real commands, enormous words
 * through the word caches, and two replicas killed mid-digest. Bounded: it stops by itself (a few minutes
 * in all) and exits 1 if any part found a rule broken. See `--help`.
 */
import { parseArgs } from 'node:util';
import { loadBriefs } from '../src/briefs/load-briefs.js';
import { prepareLibrary } from '../src/core/answer/route-question.js';
import { DEFAULT_BRIEFS_DIR, REPO_ROOT } from './eval/paths.js';
import { formatTable } from './eval/table.js';
import { runArticleFuzz } from './fuzz/articles.js';
import { runChaos } from './fuzz/chaos.js';
import { runQuestionFuzz } from './fuzz/questions.js';
import type { FuzzSection } from './fuzz/section.js';
import { runSlackAttack } from './fuzz/slack-attack.js';
import { runWordCacheFuzz } from './fuzz/word-caches.js';
import { optionsOrExitCode } from './script-options.js';

const PARTS = ['questions', 'articles', 'slack', 'caches', 'chaos'] as const;
type Part = (typeof PARTS)[number];

const USAGE = `Usage: npm run fuzz -- [--only PART,...] [--questions N] [--files N] [--requests N] [--seed N] [--json]

Throws hostile input at the bot and measures what it costs and whether any rule breaks.
  --only PARTS     some of: ${PARTS.join(', ')} (default: all)
  --questions N    random questions asked (default 20000; at most 60 s of them)
  --files N        malformed article files read (default 2000)
  --requests N     forged Slack requests sent (default 1000)
  --seed N         the seed of every random draw (default 1)
  --json           print the sections as JSON
The chaos part runs on a SQLite file, and on PostgreSQL too when TEST_DATABASE_URL is set.
Exits 0 when every rule held, 1 when one broke, 2 on a bad option.`;

async function main(): Promise<number> {
  const values = optionsOrExitCode(parseOptions, USAGE);
  if (typeof values === 'number') return values;
  const parts = (values.only?.split(',') ?? [...PARTS]).map((p) => p.trim()) as Part[];
  const unknown = parts.filter((p) => !PARTS.includes(p));
  if (unknown.length > 0) {
    console.error(`--only knows ${PARTS.join(', ')}, not ${unknown.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  const seed = count('--seed', values.seed ?? '1');
  const sections: FuzzSection[] = [];
  const started = performance.now();
  for (const part of parts) {
    const section = await runPart(part, values, seed);
    for (const one of section) {
      sections.push(one);
      if (!values.json) print(one);
    }
  }
  const failures = sections.flatMap((s) => s.failures);
  if (values.json) console.log(JSON.stringify(sections, null, 2));
  else
    console.log(
      `\nfuzz: ${parts.join(', ')} in ${((performance.now() - started) / 1000).toFixed(0)} s; ${failures.length === 0 ? 'every rule held' : `${failures.length} rules broken`}`,
    );
  return failures.length === 0 ? 0 : 1;
}

async function runPart(
  part: Part,
  values: ReturnType<typeof parseOptions>,
  seed: number,
): Promise<FuzzSection[]> {
  switch (part) {
    case 'questions': {
      const briefs = await fuzzLibrary();
      prepareLibrary(briefs);
      return [
        runQuestionFuzz(briefs, { questions: count('--questions', values.questions ?? '20000'), seed }),
      ];
    }
    case 'articles': {
      // The bundled article's own text, cut up and spliced: a real story is the best raw material.
      const story = (await fuzzLibrary()).map((brief) => brief.text.body).join('\n\n');
      return [await runArticleFuzz(story, { files: count('--files', values.files ?? '2000'), seed })];
    }
    case 'slack':
      return [
        await runSlackAttack({
          dir: DEFAULT_BRIEFS_DIR,
          requests: count('--requests', values.requests ?? '1000'),
          seed,
        }),
      ];
    case 'caches':
      return [runWordCacheFuzz()];
    case 'chaos': {
      const sections = [await runChaos({ database: 'sqlite', seed })];
      const url = process.env.TEST_DATABASE_URL;
      if (url) sections.push(await runChaos({ database: 'postgres', databaseUrl: url, seed }));
      return sections;
    }
  }
}

/** The bundled briefs and the test library beside them: a few stories, so that routing has a choice. */
async function fuzzLibrary() {
  const bundled = await loadBriefs(DEFAULT_BRIEFS_DIR);
  const tests = await loadBriefs(`${REPO_ROOT}/tests/fixtures/briefs`);
  return [...bundled.briefs, ...tests.briefs];
}

function parseOptions() {
  return parseArgs({
    options: {
      only: { type: 'string' },
      questions: { type: 'string' },
      files: { type: 'string' },
      requests: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

function count(option: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new TypeError(`${option} wants a whole number, not "${text}"`);
  return n;
}

function print(section: FuzzSection): void {
  console.log(`\n${section.title}\n${formatTable(['measure', 'figure'], section.rows)}`);
  for (const failure of section.failures) console.log(`  BROKEN: ${failure}`);
}

process.exitCode = await main();
