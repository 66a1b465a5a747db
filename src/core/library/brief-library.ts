import type { Brief } from '../brief.schema.js';

/**
 * What lists, look-ups, routing ties and digests need of a brief, without its text: a library of 100,000
 * briefs keeps these in memory and reads a brief in full only when a question or a briefing needs it.
 */
export type BriefSummary = Pick<
  Brief,
  'id' | 'title' | 'published' | 'undated' | 'addedAt' | 'outlet' | 'url' | 'feed' | 'topics'
>;

/**
 * The inverted index a question is routed with: for each match key (a stem, a number, a WordNet group id),
 * the briefs that hold it. Briefs are numbered by the index (`doc`); numbers are stable while it is open.
 */
export interface RoutingIndex {
  /** How many briefs the index holds. */
  readonly size: number;
  /** How many briefs hold `key`; 0 when none does. */
  frequency(key: string): number;
  /** The briefs that hold `key`. */
  postings(key: string): readonly number[];
  /** Whether brief `doc` holds `key`: asked for a few candidates only, so it may cost a lookup each. */
  holds(doc: number, key: string): boolean;
  /** The summary of brief `doc`; undefined for a doc this view of the library does not hold. */
  summary(doc: number): BriefSummary | undefined;
  /**
   * What asking `holds(doc, key)` for `docs` briefs costs, in postings read (default: `docs`): routing reads
   * a word's postings instead when that is cheaper.
   */
  checkCost?(key: string, docs: number): number;
  /** The brief of the newest article: the answer when no brief shares a word with the question. */
  readonly newest: number | undefined;
}

/** The briefs a bot answers from: summaries in memory, each brief in full on demand. */
export interface BriefLibrary {
  /** The answer library (archived briefs left out), in a stable order. */
  readonly summaries: readonly BriefSummary[];
  /** A brief in full by its exact id, archived ones included; undefined when there is none. */
  brief(id: string): Brief | undefined;
  /** Where questions that name no brief are routed. */
  readonly index: RoutingIndex;
}
