import type { BriefCollection } from '../answer/answer.js';
import type { Brief } from '../brief.schema.js';
import type { BriefSummary } from '../library/brief-library.js';
import { asLibrary } from '../library/memory-library.js';

/**
 * Briefs newest first: by the article's date, then by when the brief was added (addedAt; a brief written
 * before addedAt existed counts as added first), then by id so the order is stable. Undated briefs come
 * after every dated one, latest added first: their `published` is only the day they were added, so an
 * article of unknown date is never "newest" ahead of a dated one.
 */
export function sortNewestFirst<T extends BriefSummary>(briefs: readonly T[]): T[] {
  return [...briefs].sort(compareNewestFirst);
}

// A library's summaries newest first, sorted once per library: a large one takes a while to sort, and every
// /brief and keystroke of autocomplete asks.
const NEWEST_FIRST = new WeakMap<readonly BriefSummary[], readonly BriefSummary[]>();

/** The library's briefs newest first (see sortNewestFirst), as summaries. */
export function newestFirst(briefs: BriefCollection): readonly BriefSummary[] {
  const { summaries } = asLibrary(briefs);
  let sorted = NEWEST_FIRST.get(summaries);
  if (!sorted) {
    sorted = sortNewestFirst(summaries);
    NEWEST_FIRST.set(summaries, sorted);
  }
  return sorted;
}

/** The order of sortNewestFirst: negative when `a` is the newer. */
export function compareNewestFirst(a: BriefSummary, b: BriefSummary): number {
  return (
    Number(a.undated === true) - Number(b.undated === true) ||
    (a.undated ? 0 : b.published.localeCompare(a.published)) ||
    addedAt(b) - addedAt(a) ||
    a.id.localeCompare(b.id)
  );
}

function addedAt(brief: BriefSummary): number {
  const ms = brief.addedAt ? Date.parse(brief.addedAt) : Number.NaN;
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

export function newestBrief(briefs: BriefCollection): Brief | undefined {
  const newest = newestFirst(briefs)[0];
  return newest && asLibrary(briefs).brief(newest.id);
}

/**
 * For scripts: the exact id (an archived brief too: it left the answer library, not the folder), or an id
 * prefix that only one brief has.
 */
export function findBriefById(briefs: BriefCollection, id: string): Brief | undefined {
  const wanted = id.trim().toLowerCase();
  if (!wanted) return undefined;
  const library = asLibrary(briefs);
  const exact = library.brief(wanted);
  if (exact) return exact;
  const prefixed = library.summaries.filter((b) => b.id.startsWith(wanted));
  return prefixed.length === 1 ? library.brief((prefixed[0] as BriefSummary).id) : undefined;
}

/**
 * For people: the exact id (archived briefs included), else the newest brief whose id starts with the
 * query, else the brief whose title and id share the most words with it (at least half of the query's
 * words; newest on a tie).
 */
export function findBrief(briefs: BriefCollection, query: string): Brief | undefined {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return undefined;
  const library = asLibrary(briefs);
  const exact = library.brief(wanted);
  if (exact) return exact;
  const found = findSummary(newestFirst(briefs), wanted);
  return found && library.brief(found.id);
}

function findSummary(newestFirst: readonly BriefSummary[], wanted: string): BriefSummary | undefined {
  const byId = newestFirst.find((b) => b.id.startsWith(wanted));
  if (byId) return byId;
  const queryWords = new Set(words(wanted));
  if (queryWords.size === 0) return undefined;
  let best: { brief: BriefSummary; score: number } | undefined;
  for (const brief of newestFirst) {
    const briefWords = new Set(words(`${brief.title} ${brief.id}`));
    const score = [...queryWords].filter((w) => briefWords.has(w)).length;
    if (score > (best?.score ?? 0)) best = { brief, score };
  }
  return best && best.score * 2 >= queryWords.size ? best.brief : undefined;
}

/**
 * Briefs for a person typing a brief's name (autocomplete): those whose id and title hold every word typed,
 * newest first, at most `limit`. The newest `limit` briefs when nothing is typed yet.
 */
export function suggestBriefs(briefs: BriefCollection, typed: string, limit: number): BriefSummary[] {
  const wanted = typed.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches: BriefSummary[] = [];
  for (const { brief, haystack } of searchable(briefs)) {
    if (wanted.every((word) => haystack.includes(word))) matches.push(brief);
    if (matches.length === limit) break;
  }
  return matches;
}

/**
 * The library newest first, each brief with its lower-cased id and title. Made once per library (a reload
 * makes a new array), since a person's every keystroke asks again.
 */
const SEARCHABLE = new WeakMap<readonly BriefSummary[], { brief: BriefSummary; haystack: string }[]>();

function searchable(briefs: BriefCollection): { brief: BriefSummary; haystack: string }[] {
  const sorted = newestFirst(briefs);
  let list = SEARCHABLE.get(sorted);
  if (!list) {
    list = sorted.map((brief) => ({ brief, haystack: `${brief.id} ${brief.title}`.toLowerCase() }));
    SEARCHABLE.set(sorted, list);
  }
  return list;
}

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'brief',
  'by',
  'for',
  'from',
  'in',
  'is',
  'of',
  'on',
  'the',
  'to',
  'with',
]);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w));
}
