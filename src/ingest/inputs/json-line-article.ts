import { z } from 'zod';
import { BRIEF_ID_PATTERN } from '../../core/brief.schema.js';
import { type ArticleInput, IngestError } from '../article-input.js';
import { checkNotBinary, checkSize } from './input-bytes.js';
import { normalizeDate } from './normalize-date.js';
import { normalizeText } from './normalize-text.js';
import { checkArticleText, definedFields } from './text-checks.js';

/** Metadata may be left out or null; a blank string counts as left out. */
const optionalText = z
  .string({ error: 'must be a string' })
  .nullish()
  .transform((value) => value?.replace(/\s+/g, ' ').trim() || undefined);

/** One JSON line of `ingest -`: {"id"?, "title"?, "published"?, "author"?, "source"?, "url"?, "text"}. */
export const JsonLineSchema = z.object({
  id: z
    .string({ error: 'must be a string' })
    .regex(BRIEF_ID_PATTERN, 'must be lower-case letters, digits and dashes, e.g. 2024-03-12-bridge-reopens')
    .nullish(),
  title: optionalText,
  published: optionalText.transform((value, ctx) => {
    const date = normalizeDate(value);
    if (value !== undefined && date === undefined) {
      ctx.addIssue({ code: 'custom', message: 'is not a date; use ISO 8601, e.g. 2024-03-12' });
    }
    return date;
  }),
  author: optionalText,
  source: optionalText,
  url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).nullish(),
  text: z.string({
    error: (issue) =>
      issue.input === undefined ? 'is missing; every line needs the article in "text"' : 'must be a string',
  }),
});

/** One line of JSON Lines → an article; throws an IngestError naming the line (origin `stdin:N`). */
export function readJsonLine(origin: string, line: string): ArticleInput {
  checkSize(origin, Buffer.byteLength(line, 'utf8'));
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    throw new IngestError(
      origin,
      'is not valid JSON; give one object a line, e.g. {"title": "…", "text": "…"}',
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new IngestError(origin, 'is not a JSON object; give one object a line, e.g. {"text": "…"}');
  }
  const parsed = JsonLineSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `"${issue.path.join('.')}" ${issue.message}`);
    throw new IngestError(origin, problems.join('; '));
  }
  const { text: raw, id, url, ...fields } = parsed.data;
  checkNotBinary(origin, raw);
  const text = normalizeText(raw);
  checkArticleText(origin, text);
  return definedFields({ origin, text, ...fields, id: id ?? undefined, url: url ?? undefined });
}
