import { BoundedCache } from '../../core/bounded-cache.js';
import type { BriefSummary, RoutingIndex } from '../../core/library/brief-library.js';
import type { KeyIndex } from './key-index.js';

/** Distinct keys whose frequency one library object remembers: a question asks for a few dozen. */
const FREQUENCY_CACHE_SIZE = 4096;
const LONGEST_CACHED_KEY = 256;

/** One `holds` on the index is a query (~15 µs); a posting read in a list costs ~0.15 µs. */
const QUERY_CHECK_COST = 100;
/**
 * A key held by at least this many briefs is checked in a bitset of the library instead (one bit a brief,
 * 12.5 KB at 100,000 briefs), made from its postings the first time and kept: common words ("said",
 * "year") are in most questions, and checking them one query at a time, or reading their long postings
 * for each question, was most of routing's cost in a large library.
 */
const DENSE_FROM = 1000;
/** Memory for those bitsets, per library object; the least recently used are dropped beyond it. */
const DENSE_BUDGET_BYTES = 24 * 1024 * 1024;
const DENSE_MAX_KEYS = 4096;

/** The routing index of one library object: the persisted key index, with its own caches. */
export class SnapshotIndex implements RoutingIndex {
  readonly size: number;
  readonly newest: number | undefined;
  private readonly frequencies = new BoundedCache<string, number>(FREQUENCY_CACHE_SIZE, LONGEST_CACHED_KEY);
  private readonly dense: BoundedCache<string, Uint8Array>;
  private readonly bitsetBytes: number;

  constructor(
    private readonly keys: KeyIndex,
    private readonly byDoc: ReadonlyMap<number, BriefSummary>,
    private readonly denseFrom = DENSE_FROM,
  ) {
    this.size = byDoc.size;
    this.newest = newestDoc(byDoc);
    let lastDoc = 0;
    for (const doc of byDoc.keys()) if (doc > lastDoc) lastDoc = doc;
    this.bitsetBytes = (lastDoc >>> 3) + 1;
    const fits = Math.floor(DENSE_BUDGET_BYTES / this.bitsetBytes);
    this.dense = new BoundedCache(Math.max(2, Math.min(DENSE_MAX_KEYS, fits)), LONGEST_CACHED_KEY);
  }

  frequency(key: string): number {
    return this.frequencies.getOrCompute(key, (k) => this.keys.frequency(k));
  }

  postings(key: string): readonly number[] {
    return this.keys.postings(key);
  }

  holds(doc: number, key: string): boolean {
    if (this.frequency(key) < this.denseFrom) return this.keys.holds(doc, key);
    const bits = this.dense.getOrCompute(key, (k) => this.bitset(k));
    return ((bits[doc >>> 3] ?? 0) & (1 << (doc & 7))) !== 0;
  }

  checkCost(key: string, docs: number): number {
    // A check in a bitset costs next to nothing. Making the bitset costs the key's postings once, as reading
    // them would, and common words come back in question after question: it is always worth making.
    return this.frequency(key) < this.denseFrom ? docs * QUERY_CHECK_COST : 0;
  }

  summary(doc: number): BriefSummary | undefined {
    return this.byDoc.get(doc);
  }

  private bitset(key: string): Uint8Array {
    const bits = new Uint8Array(this.bitsetBytes);
    for (const doc of this.keys.postings(key)) {
      // A brief added since this library object was made has a doc past the bitset: it is not in this library.
      if (doc >>> 3 < bits.length) bits[doc >>> 3] = (bits[doc >>> 3] as number) | (1 << (doc & 7));
    }
    return bits;
  }
}

/** The doc of the greatest `published`; of equals, the lowest doc. */
function newestDoc(byDoc: ReadonlyMap<number, BriefSummary>): number | undefined {
  let newest: number | undefined;
  let published = '';
  for (const [doc, summary] of byDoc) {
    const later = newest === undefined || summary.published > published;
    if (later || (summary.published === published && doc < (newest as number))) {
      newest = doc;
      published = summary.published;
    }
  }
  return newest;
}
