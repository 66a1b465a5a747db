import { type Brief, BriefSchema } from '../core/brief.schema.js';
import type { ArticleInput } from './article-input.js';

export interface BuildOptions {
  /** When the brief enters the library (for addedAt); default now. */
  now?: Date;
}

/**
 * Turns an article into a brief. (Placeholder while the extractor is built: text split naively into
 * sentences, no entities or facts. Replaced by the real extractor.)
 */
export function buildBrief(input: ArticleInput, options: BuildOptions = {}): Brief {
  const now = options.now ?? new Date();
  const body = input.text.trim();
  const sentences = [...body.matchAll(/[^.!?\n]+[.!?]*/g)]
    .map((m) => ({ paragraph: 0, start: m.index, end: m.index + m[0].length, text: m[0] }))
    .filter((s) => s.text.trim().length > 0);
  const title = input.title ?? body.slice(0, 80);
  const published = input.published ?? now.toISOString().slice(0, 10);
  return BriefSchema.parse({
    id: input.id ?? `${published.slice(0, 10)}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60)}`.replace(/-+$/, ''),
    title,
    published,
    addedAt: now.toISOString(),
    text: { body, paragraphs: [{ start: 0, end: body.length }], sentences },
  });
}
