import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeedFetcher } from '../feeds/fetch/fetch-policy.js';
import { IngestError } from '../ingest/article-input.js';
import { articlePaths } from '../ingest/inputs/file-articles.js';
import { jsonLineArticles } from '../ingest/inputs/stdin-articles.js';
import { failure, type IngestResult } from '../ingest/pool/ingest-job.js';
import { createIngestPool, type IngestPool } from '../ingest/pool/ingest-pool.js';
import { type WrittenBrief, writeBrief } from '../ingest/write-brief.js';
import {
  BRIEFS_OPTION,
  type CliIo,
  complain,
  parseCliArgs,
  type Subcommand,
  UsageError,
  writeLine,
} from './cli-io.js';
import { runHelp } from './help.js';
import { isWebAddress, readWebArticle, webFetcher } from './ingest-url.js';

type Outcome = { input: string; written: WrittenBrief } | { input: string; error: string };

/**
 * ingest PATH|URL... | - [--briefs DIR] [--json]: every article file (folders searched), web page (fetched
 * as feeds are, read with Readability), or JSON line on stdin, becomes DIR/<id>.json. One bad input is reported and the rest still go in; exit 1 if any failed.
 * Articles are read in parallel worker threads, each within a time budget, and reported in input order.
 */
export const runIngest: Subcommand = async (args, io) => {
  const { values, positionals } = parseCliArgs(args, { ...BRIEFS_OPTION, json: { type: 'boolean' } });
  if (values.help) return runHelp([], io);
  if (positionals.length === 0) {
    throw new UsageError('give the files or folders to ingest, or - to read JSON Lines from stdin');
  }
  const fromStdin = positionals.includes('-');
  if (fromStdin && positionals.length > 1) throw new UsageError('give either PATHs or - (stdin), not both');
  const dir = values.briefs ?? io.briefsDir;
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    complain(io, `cannot create the briefs folder "${dir}" (${code}); pass --briefs DIR or set BRIEFS_DIR`);
    return 1;
  }
  const pool = createIngestPool();
  const outcomes: Outcome[] = [];
  // Up to a few articles per worker in flight; each outcome is reported as soon as those before it are.
  const inFlight: Promise<Outcome>[] = [];
  const reportNext = async () => {
    const outcome = await (inFlight.shift() as Promise<Outcome>);
    outcomes.push(outcome);
    report(outcome, io, values.json === true);
  };
  try {
    for await (const job of fromStdin ? stdinJobs(io, pool) : fileJobs(positionals, io, pool)) {
      inFlight.push(job.result.then((result) => written(result, dir)));
      if (inFlight.length >= MAX_IN_FLIGHT) await reportNext();
    }
    while (inFlight.length > 0) await reportNext();
  } finally {
    await pool.close();
  }
  if (!values.json) writeLine(io.stdout, summary(outcomes, dir));
  return outcomes.some((outcome) => 'error' in outcome) ? 1 : 0;
};

const MAX_IN_FLIGHT = 16;

/** An article on its way (wrapped: an async generator would wait for a promise it yields). */
interface Pending {
  result: Promise<IngestResult>;
}

async function* stdinJobs(io: CliIo, pool: IngestPool): AsyncGenerator<Pending> {
  for await (const input of jsonLineArticles(io.stdin)) {
    yield { result: input instanceof IngestError ? Promise.resolve(failure(input)) : pool.input(input) };
  }
}

/** Files, folders and web addresses, in the order given. */
async function* fileJobs(paths: string[], io: CliIo, pool: IngestPool): AsyncGenerator<Pending> {
  let fetcher: FeedFetcher | undefined;
  try {
    for (const argument of paths) {
      if (isWebAddress(argument)) {
        fetcher ??= webFetcher(io);
        const article = await readWebArticle(argument, fetcher);
        yield {
          result: article instanceof IngestError ? Promise.resolve(failure(article)) : pool.input(article),
        };
        continue;
      }
      for await (const path of articlePaths([argument], (note) => complain(io, note))) {
        yield { result: path instanceof IngestError ? Promise.resolve(failure(path)) : pool.file(path) };
      }
    }
  } finally {
    await fetcher?.close();
  }
}

async function written(result: IngestResult, dir: string): Promise<Outcome> {
  if (!('brief' in result)) return { input: result.origin, error: result.reason };
  const { brief } = result;
  try {
    return { input: result.origin, written: await writeBrief(dir, brief) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code
      ? `could not be written to ${join(dir, `${brief.id}.json`)} (${code})`
      : `made an invalid brief: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
    return { input: result.origin, error: reason };
  }
}

function report(outcome: Outcome, io: CliIo, json: boolean): void {
  if ('error' in outcome) {
    complain(io, `${outcome.input}: ${outcome.error}`);
    if (json) writeLine(io.stdout, JSON.stringify({ input: outcome.input, error: outcome.error }));
    return;
  }
  const { id, path, updated } = outcome.written;
  if (json) writeLine(io.stdout, JSON.stringify({ id, path }));
  else writeLine(io.stdout, `${updated ? 'updated' : 'wrote  '} ${path}  ← ${outcome.input}`);
}

function summary(outcomes: Outcome[], dir: string): string {
  const failed = outcomes.filter((outcome) => 'error' in outcome).length;
  const written = outcomes.length - failed;
  const updated = outcomes.filter((outcome) => 'written' in outcome && outcome.written.updated).length;
  const parts = [
    `${written} of ${outcomes.length} ${outcomes.length === 1 ? 'input' : 'inputs'} ingested into ${dir}`,
  ];
  if (updated > 0) parts.push(`${updated} updated`);
  if (failed > 0) parts.push(`${failed} failed (see stderr)`);
  return parts.join('; ');
}
