import { type Brief, BriefSchema, type Fact } from '../core/brief.schema.js';
import { type ArticleInput, IngestError } from './article-input.js';
import { extractStructure } from './extract/extract-structure.js';
import { briefIdFor } from './text/brief-id.js';
import { dateFacts } from './text/date-facts.js';
import { readMetadata } from './text/read-metadata.js';
import { splitText } from './text/split-text.js';

export interface BuildOptions {
  /** When the brief enters the library (addedAt); an article that gives no date is marked undated. */
  now?: Date;
}

const MAX_TITLE = 200;

/**
 * Turns an article into a brief: metadata from the input's fields or else from the text (headline,
 * byline and date lines, dateline), the text split into paragraphs and sentences with offsets, then
 * entities, typed facts, dates resolved against the article's date, quotes and topics — each pointing at
 * its sentence. An article dated by neither its fields nor its header lines is marked `undated`.
 */
export function buildBrief(input: ArticleInput, options: BuildOptions = {}): Brief {
  const now = options.now ?? new Date();
  const meta = readMetadata(input.text);
  const { paragraphs, sentences } = splitText(meta.body);
  if (sentences.length === 0) throw new IngestError(input.origin, 'no sentences to read in the text');
  const title = clip(input.title ?? meta.title ?? sentences[0]?.text ?? 'Untitled');
  const statedDate = dayOf(input.published) ?? meta.published;
  // Without a date of its own the article is undated; `published` then holds the day it was added, which
  // the id and digests need, and `undated` says it is not the article's date.
  const published = statedDate ?? now.toISOString().slice(0, 10);
  const texts = sentences.map((s) => s.text);
  const structure = extractStructure(texts, { published, title });
  const resolved = dateFacts(sentences, new Date(`${published}T00:00:00Z`));
  // Without the article's own date, "Friday" or "last week" cannot be placed: keep the words as written.
  const dates = statedDate ? resolved : resolved.map(asWritten);
  const facts = [...structure.facts, ...dates].sort((a, b) => a.sentence - b.sentence);
  const candidate = {
    id: input.id ?? briefIdFor(published, title),
    title,
    published,
    ...(statedDate ? {} : { undated: true as const }),
    addedAt: now.toISOString(),
    ...optional('outlet', input.source ?? meta.outlet),
    ...optional('author', input.author ?? meta.author),
    ...optional('url', input.url),
    ...optional('feed', input.feed),
    ...optional('dateline', meta.dateline),
    text: { body: meta.body, paragraphs, sentences },
    people: structure.people,
    organisations: structure.organisations,
    places: structure.places,
    events: structure.events,
    facts,
    quotes: structure.quotes,
    topics: structure.topics,
  };
  const parsed = BriefSchema.safeParse(candidate);
  if (!parsed.success) {
    // The extractor made something the schema refuses: say where, so the rule can be fixed.
    const issue = parsed.error.issues[0];
    throw new IngestError(
      input.origin,
      `could not build a valid brief (${issue?.path.join('.')}: ${issue?.message})`,
    );
  }
  return parsed.data;
}

function asWritten(fact: Fact): Fact {
  if (!fact.text) return fact;
  const { date: _unplaced, text, ...rest } = fact;
  return { ...rest, value: text };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  const trimmed = value?.trim();
  return trimmed ? ({ [key]: trimmed } as Record<K, string>) : {};
}

function dayOf(published: string | undefined): string | undefined {
  return published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : undefined;
}

function clip(title: string): string {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  return oneLine.length <= MAX_TITLE ? oneLine : `${oneLine.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/, '')}…`;
}
