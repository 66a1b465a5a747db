import type { Brief } from '../brief.schema.js';

/**
 * Briefs newest first: by the article's date, then by when the brief was added (addedAt; a brief written
 * before addedAt existed counts as added first), then by id so the order is stable. Undated briefs come
 * after every dated one, latest added first: their `published` is only the day they were added, so an
 * article of unknown date is never "newest" ahead of a dated one.
 */
export function sortNewestFirst(briefs: readonly Brief[]): Brief[] {
  return [...briefs].sort(compareNewestFirst);
}

/** The order of sortNewestFirst: negative when `a` is the newer. */
export function compareNewestFirst(a: Brief, b: Brief): number {
  return (
    Number(a.undated === true) - Number(b.undated === true) ||
    (a.undated ? 0 : b.published.localeCompare(a.published)) ||
    addedAt(b) - addedAt(a) ||
    a.id.localeCompare(b.id)
  );
}

function addedAt(brief: Brief): number {
  const ms = brief.addedAt ? Date.parse(brief.addedAt) : Number.NaN;
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

export function newestBrief(briefs: readonly Brief[]): Brief | undefined {
  return sortNewestFirst(briefs)[0];
}

/** For scripts: the exact id, or an id prefix that only one brief has. */
export function findBriefById(briefs: readonly Brief[], id: string): Brief | undefined {
  const wanted = id.trim().toLowerCase();
  if (!wanted) return undefined;
  const exact = briefs.find((b) => b.id === wanted);
  if (exact) return exact;
  const prefixed = briefs.filter((b) => b.id.startsWith(wanted));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/**
 * For people: the exact id, else the newest brief whose id starts with the query, else the brief whose
 * title and id share the most words with it (at least half of the query's words; newest on a tie).
 */
export function findBrief(briefs: readonly Brief[], query: string): Brief | undefined {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return undefined;
  const newestFirst = sortNewestFirst(briefs);
  const byId = newestFirst.find((b) => b.id === wanted) ?? newestFirst.find((b) => b.id.startsWith(wanted));
  if (byId) return byId;
  const queryWords = new Set(words(wanted));
  if (queryWords.size === 0) return undefined;
  let best: { brief: Brief; score: number } | undefined;
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
export function suggestBriefs(briefs: readonly Brief[], typed: string, limit: number): Brief[] {
  const wanted = typed.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches: Brief[] = [];
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
const SEARCHABLE = new WeakMap<readonly Brief[], { brief: Brief; haystack: string }[]>();

function searchable(briefs: readonly Brief[]): { brief: Brief; haystack: string }[] {
  let list = SEARCHABLE.get(briefs);
  if (!list) {
    list = sortNewestFirst(briefs).map((brief) => ({
      brief,
      haystack: `${brief.id} ${brief.title}`.toLowerCase(),
    }));
    SEARCHABLE.set(briefs, list);
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
