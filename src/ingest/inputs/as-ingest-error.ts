import { IngestError } from '../article-input.js';

/** Any failure while reading an input, as an IngestError naming it (never echoing more than a line). */
export function asIngestError(origin: string, error: unknown): IngestError {
  if (error instanceof IngestError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new IngestError(origin, `could not be read as an article: ${reason.split('\n')[0]?.slice(0, 200)}`);
}
