import { ENTRY_SEPARATOR, forEachPackedEntry } from './wordnet-packed.js';

/** An entry that shares nothing with the one before starts a new first letter (the list is sorted). */
const BUCKET_START = `${ENTRY_SEPARATOR}0`;

interface Bucket<T> {
  packed: string;
  entries?: Map<string, T>;
}

/**
 * A packed lemma list as a lookup table, parsed one first letter at a time. Filling one Map with all
 * 110,000 noun lemmas takes 60-100 ms, too long for the call that happens to come first; a letter takes
 * a few milliseconds, and a program that looks up every letter pays the same total, spread out.
 */
export class LemmaTable<T> {
  private buckets: Map<string, Bucket<T>> | undefined;

  constructor(
    private readonly packed: string,
    private readonly decode: (payload: string) => T,
  ) {}

  get(lemma: string): T | undefined {
    const bucket = this.bucketOf(lemma);
    if (bucket === undefined) return undefined;
    bucket.entries ??= this.parse(bucket.packed);
    return bucket.entries.get(lemma);
  }

  has(lemma: string): boolean {
    return this.get(lemma) !== undefined;
  }

  private bucketOf(lemma: string): Bucket<T> | undefined {
    this.buckets ??= this.split();
    return this.buckets.get(lemma.charAt(0));
  }

  /** Bucket boundaries only: a few dozen indexOf calls over the string, no entry is decoded. */
  private split(): Map<string, Bucket<T>> {
    const buckets = new Map<string, Bucket<T>>();
    let start = 0;
    while (start < this.packed.length) {
      const next = this.packed.indexOf(BUCKET_START, start);
      const end = next < 0 ? this.packed.length : next;
      buckets.set(this.packed.charAt(start + 1), { packed: this.packed.slice(start, end) });
      start = end + 1;
    }
    return buckets;
  }

  private parse(packed: string): Map<string, T> {
    const entries = new Map<string, T>();
    forEachPackedEntry(packed, (lemma, payload) => entries.set(lemma, this.decode(payload)));
    return entries;
  }
}
