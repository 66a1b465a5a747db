import type { Brief } from '../brief.schema.js';

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
export function selectStories(briefs: readonly Brief[], window: StoryWindow): StorySelection {
  const since = instant(window.since);
  const now = instant(window.now);
  const topics = window.topics.map(words).filter((t) => t.length > 0);
  const matching = briefs
    .map((brief) => ({ brief, at: instant(arrivedAt(brief)) }))
    .filter(({ at }) => at > since && at <= now)
    .filter(({ brief }) => topics.length === 0 || topics.some((topic) => matchesTopic(brief, topic)))
    .filter(({ brief }) => followed(brief, window.feeds))
    .sort((a, b) => b.at - a.at || a.brief.id.localeCompare(b.brief.id));
  return {
    stories: matching.slice(0, DIGEST_MAX_STORIES).map(({ brief }) => brief),
    more: Math.max(0, matching.length - DIGEST_MAX_STORIES),
  };
}

/** A story from no feed goes to every channel; one from a feed, to its followers whose filters it passes. */
function followed(brief: Brief, feeds: readonly FollowedFeed[] | undefined): boolean {
  if (brief.feed === undefined || feeds === undefined) return true;
  const feed = feeds.find((f) => f.url === brief.feed);
  if (!feed) return false;
  const text = ` ${words(`${brief.title} ${brief.text.body}`)} `;
  const has = (word: string) => text.includes(` ${words(word)} `);
  return (feed.include.length === 0 || feed.include.some(has)) && !feed.exclude.some(has);
}

/** When the story entered the library; briefs written before `addedAt` existed fall back to `published`. */
export function arrivedAt(brief: Brief): string {
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

function matchesTopic(brief: Brief, topic: string): boolean {
  if (brief.topics.some((t) => words(t) === topic)) return true;
  return ` ${words(brief.title)} `.includes(` ${topic} `);
}
