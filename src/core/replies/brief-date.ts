import type { Brief } from '../brief.schema.js';

/** What a reader sees in place of the date of an article that gave none. */
export const UNDATED = 'undated';

/** A brief's date as lists show it: "2022-08-22", or "undated" (its `published` is then the day added). */
export function listedDate(brief: Pick<Brief, 'published' | 'undated'>): string {
  return brief.undated ? UNDATED : brief.published.slice(0, 10);
}
