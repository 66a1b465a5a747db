/**
 * One article as it arrives: plain text with whatever metadata came with it (a JSON line's fields, an
 * HTML page's meta tags). `origin` names where it came from, so every error can say which input failed.
 */
export interface ArticleInput {
  origin: string;
  text: string;
  id?: string | undefined;
  title?: string | undefined;
  /** ISO 8601 date or date-time. */
  published?: string | undefined;
  author?: string | undefined;
  /** The outlet. */
  source?: string | undefined;
  url?: string | undefined;
  /** The feed the article was an item of. */
  feed?: string | undefined;
}

/** An input that cannot become a brief; the message says what is wrong and names the input. */
export class IngestError extends Error {
  constructor(
    readonly origin: string,
    message: string,
  ) {
    super(`${origin}: ${message}`);
    this.name = 'IngestError';
  }
}
