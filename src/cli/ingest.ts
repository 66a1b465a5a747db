import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Brief } from '../core/brief.schema.js';
import { type ArticleInput, IngestError } from '../ingest/article-input.js';
import { buildBrief } from '../ingest/build-brief.js';
import { fileArticles } from '../ingest/inputs/file-articles.js';
import { jsonLineArticles } from '../ingest/inputs/stdin-articles.js';
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

type Outcome = { input: string; written: WrittenBrief } | { input: string; error: string };

/**
 * ingest PATH... | - [--briefs DIR] [--json]: every article file (folders searched), or every JSON line
 * on stdin, becomes DIR/<id>.json. One bad input is reported and the rest still go in; exit 1 if any failed.
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
  const inputs = fromStdin
    ? jsonLineArticles(io.stdin)
    : fileArticles(positionals, (note) => complain(io, note));
  const outcomes: Outcome[] = [];
  for await (const input of inputs) {
    const outcome = input instanceof IngestError ? failure(input) : await ingestOne(input, dir);
    outcomes.push(outcome);
    report(outcome, io, values.json === true);
  }
  if (!values.json) writeLine(io.stdout, summary(outcomes, dir));
  return outcomes.some((outcome) => 'error' in outcome) ? 1 : 0;
};

async function ingestOne(input: ArticleInput, dir: string): Promise<Outcome> {
  let brief: Brief;
  try {
    brief = withInputMetadata(buildBrief(input), input);
  } catch (error) {
    return failure(
      error instanceof IngestError
        ? error
        : new IngestError(input.origin, `could not become a brief: ${firstLine(error)}`),
    );
  }
  try {
    return { input: input.origin, written: await writeBrief(dir, brief) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code
      ? `could not be written to ${join(dir, `${brief.id}.json`)} (${code})`
      : `made an invalid brief: ${firstLine(error)}`;
    return failure(new IngestError(input.origin, reason));
  }
}

/** The outlet, author and URL the input came with, wherever the brief builder left them out. */
function withInputMetadata(brief: Brief, input: ArticleInput): Brief {
  const { source: outlet, author, url } = input;
  return { ...brief, outlet: brief.outlet ?? outlet, author: brief.author ?? author, url: brief.url ?? url };
}

/** The error's message without the origin IngestError puts in front, for {"input","error"}. */
function failure(error: IngestError): Outcome {
  const prefix = `${error.origin}: `;
  const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return { input: error.origin, error: message };
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

/** One line saying what went wrong: a brief's first invalid field, or the first line of the message. */
function firstLine(error: unknown): string {
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    return issue ? `${issue.path.join('.') || 'brief'}: ${issue.message}` : 'invalid brief';
  }
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').slice(0, 200);
}
