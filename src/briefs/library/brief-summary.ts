import type { Brief } from '../../core/brief.schema.js';
import type { BriefSummary } from '../../core/library/brief-library.js';

/** Every field of a summary; `satisfies` makes a field added to BriefSummary a compile error here. */
const SUMMARY_FIELDS = {
  id: true,
  title: true,
  published: true,
  undated: true,
  addedAt: true,
  outlet: true,
  url: true,
  feed: true,
  topics: true,
} satisfies Record<keyof BriefSummary, true>;

const FIELDS = Object.keys(SUMMARY_FIELDS) as (keyof BriefSummary)[];

/** A brief's summary: its summary fields only, an absent optional field left absent. */
export function summarize(brief: Brief): BriefSummary {
  const summary: Record<string, unknown> = {};
  for (const field of FIELDS) {
    if (brief[field] !== undefined) summary[field] = brief[field];
  }
  return summary as BriefSummary;
}

/**
 * When a brief entered the library, for retention: its addedAt when it has one, else when the index first
 * saw it. Not `published`: an old article added today (the bundled seed brief is from 2022) is new here.
 */
export function arrivalMs(brief: Brief, firstSeen: string): number {
  const added = brief.addedAt === undefined ? Number.NaN : Date.parse(brief.addedAt);
  return Number.isNaN(added) ? Date.parse(firstSeen) : added;
}
