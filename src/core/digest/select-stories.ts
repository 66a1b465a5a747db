import type { BriefCollection } from '../answer/answer.js';
import type { Brief } from '../brief.schema.js';
import type { BriefSummary } from '../library/brief-library.js';
import { asLibrary } from '../library/memory-library.js';

/** A digest lists at most this many stories; the rest are counted in "and N more". */
export const DIGEST_MAX_STORIES = 10;

export interface StoryWindow {
  /** Stories that arrived after this instant (ISO) are new. */
  since: string;
  /** Lower-case topics; empty means every story. */
  topics: readonly string[];
  /** Stories that arrived after this instant (ISO) wait for the next digest. */
  now: string;
  /**
   * The feeds the channel follows, with their word filters: a story from a feed goes only to the channels
   * that follow it. Unset: no feed story is left out (a caller that knows no feeds).
   */
  feeds?: readonly FollowedFeed[];
}

export interface FollowedFeed {
  url: string;
  include: readonly string[];
  exclude: readonly string[];
}

export interface StorySelection {
  /** Newest first, at most DIGEST_MAX_STORIES. */
  stories: Brief[];
  /** How many more matched beyond those listed. */
  more: number;
}

/**
 * The stories a digest carries: arrived (addedAt, else published) in (since, now], matching any topic
 * (a brief's topics, or whole words of its title, case-insensitive) when topics are given, newest first.
 */
export function selectStories(briefs: BriefCollection, window: StoryWindow): StorySelection {
  const library = asLibrary(briefs);
  const since = instant(window.since);
  const now = instant(window.now);
  const topics = window.topics.map(words).filter((t) => t.length > 0);
  // Summaries decide most of it; a brief is read in full only to apply a feed's word filters, and to post it.
  const matching = arrivedWithin(library.summaries, since, now)
    .filter(({ summary }) => topics.length === 0 || topics.some((topic) => matchesTopic(summary, topic)))
    .filter(({ summary }) => followed(summary, window.feeds, library.brief))
    .sort((a, b) => b.at - a.at || a.summary.id.localeCompare(b.summary.id));
  const stories = matching
    .slice(0, DIGEST_MAX_STORIES)
    .map(({ summary }) => library.brief(summary.id))
    .filter((brief): brief is Brief => brief !== undefined);
  return { stories, more: Math.max(0, matching.length - DIGEST_MAX_STORIES) };
}

interface Arrival {
  summary: BriefSummary;
  at: number;
}

// A library's summaries by arrival, sorted once per library: a pass delivers many digests, and each looks
// at a day's window of a library that may hold 100,000 briefs.
const BY_ARRIVAL = new WeakMap<readonly BriefSummary[], Arrival[]>();

/** The briefs that arrived in (since, now]. */
function arrivedWithin(summaries: readonly BriefSummary[], since: number, now: number): Arrival[] {
  let sorted = BY_ARRIVAL.get(summaries);
  if (!sorted) {
    sorted = summaries.map((summary) => ({ summary, at: instant(arrivedAt(summary)) }));
    sorted.sort((a, b) => a.at - b.at);
    BY_ARRIVAL.set(summaries, sorted);
  }
  return sorted.slice(firstAfter(sorted, since), firstAfter(sorted, now));
}

/** The position of the first arrival later than `ms`. */
function firstAfter(sorted: readonly Arrival[], ms: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as Arrival).at <= ms) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A story from no feed goes to every channel; one from a feed, to its followers whose filters it passes. */
function followed(
  summary: BriefSummary,
  feeds: readonly FollowedFeed[] | undefined,
  read: (id: string) => Brief | undefined,
): boolean {
  if (summary.feed === undefined || feeds === undefined) return true;
  const feed = feeds.find((f) => f.url === summary.feed);
  if (!feed) return false;
  if (feed.include.length === 0 && feed.exclude.length === 0) return true;
  const brief = read(summary.id);
  if (!brief) return false;
  const text = ` ${words(`${brief.title} ${brief.text.body}`)} `;
  const has = (word: string) => text.includes(` ${words(word)} `);
  return (feed.include.length === 0 || feed.include.some(has)) && !feed.exclude.some(has);
}

/** When the story entered the library; briefs written before `addedAt` existed fall back to `published`. */
export function arrivedAt(brief: BriefSummary): string {
  return brief.addedAt ?? brief.published;
}

/** An ISO date or timestamp as epoch milliseconds; one without an offset is read as UTC, never local time. */
function instant(iso: string): number {
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(iso);
  const utc = iso.includes('T') && !hasZone ? `${iso}Z` : iso;
  const ms = Date.parse(utc);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/** Lower-case words joined by single spaces: " climate change " matches within "… climate change …". */
function words(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

function matchesTopic(brief: BriefSummary, topic: string): boolean {
  if (brief.topics.some((t) => words(t) === topic)) return true;
  return ` ${words(brief.title)} `.includes(` ${topic} `);
}
