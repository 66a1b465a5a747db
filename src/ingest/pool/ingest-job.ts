import { z } from 'zod';
import type { Brief } from '../../core/brief.schema.js';
import { type ArticleInput, IngestError } from '../article-input.js';
import { buildBrief } from '../build-brief.js';
import { asIngestError } from '../inputs/as-ingest-error.js';
import { readArticleFile } from '../inputs/read-file.js';

/** One article to read: a file (read, decoded and parsed where the job runs) or an input already in hand. */
export type IngestJob = { file: string } | { input: ArticleInput };

/** A brief, or why the article cannot be one (the reason without the origin in front). */
export type IngestResult = { origin: string; brief: Brief } | { origin: string; reason: string };

/** What a worker says once it has loaded and can take articles. */
export const READY = 'ready';

export function jobOrigin(job: IngestJob): string {
  return 'file' in job ? job.file : job.input.origin;
}

/** Reads one article into a brief; never throws, so a worker can always answer. */
export async function runIngestJob(job: IngestJob): Promise<IngestResult> {
  let input: ArticleInput;
  try {
    input = 'file' in job ? await readArticleFile(job.file) : job.input;
  } catch (error) {
    return failure(asIngestError(jobOrigin(job), error));
  }
  try {
    return { origin: input.origin, brief: withInputMetadata(buildBrief(input), input) };
  } catch (error) {
    return failure(
      error instanceof IngestError
        ? error
        : new IngestError(input.origin, `could not become a brief: ${firstLine(error)}`),
    );
  }
}

export function failure(error: IngestError): IngestResult {
  const prefix = `${error.origin}: `;
  const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return { origin: error.origin, reason };
}

/** The outlet, author and URL the input came with, wherever the brief builder left them out. */
function withInputMetadata(brief: Brief, input: ArticleInput): Brief {
  const { source: outlet, author, url } = input;
  return { ...brief, outlet: brief.outlet ?? outlet, author: brief.author ?? author, url: brief.url ?? url };
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
