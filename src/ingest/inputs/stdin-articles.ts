import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ArticleInput, IngestError } from '../article-input.js';
import { asIngestError } from './as-ingest-error.js';
import { readJsonLine } from './json-line-article.js';

/**
 * The articles of a JSON Lines stream, one per non-blank line, in order. A bad line yields the IngestError
 * that names it (`stdin:N`, N counting every line from 1) and the lines after it still go in.
 */
export async function* jsonLineArticles(
  input: Readable,
  name = 'stdin',
): AsyncGenerator<ArticleInput | IngestError> {
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    if (!line.trim()) continue;
    const origin = `${name}:${lineNumber}`;
    let article: ArticleInput | IngestError;
    try {
      article = readJsonLine(origin, line);
    } catch (error) {
      article = asIngestError(origin, error);
    }
    yield article;
  }
}
