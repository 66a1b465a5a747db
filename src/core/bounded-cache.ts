/**
 * A memo table that holds at most `maxSize` entries, forgetting the least recently used ones to make room.
 * The word caches of the core (spellings, stems, WordNet lookups, entity forms) memoise pure functions, so
 * forgetting an entry costs a recomputation, never a different result; the bound keeps a long-running bot
 * that meets new words every day from growing without end.
 *
 * Two generations of half the size each, as in the quick-lru package: entries go into `recent`; when it is
 * full it becomes `older` and the previous `older` (what nobody asked for since) is dropped whole; a hit in
 * `older` moves the entry back to `recent`. A hit in `recent` is one Map lookup. An exact LRU, moving a key
 * to the end of one Map on every hit (a delete and an insert, whose holes V8 must then compact), made
 * tokenising a news set several times slower; these caches are hit for every word.
 *
 * `undefined` cannot be stored: `get` returns it for a key that is not held.
 */
/** The longest word the word caches hold: English has none longer, pasted junk has many. */
export const LONGEST_CACHED_WORD = 64;

export class BoundedCache<K, V> {
  private recent = new Map<K, V>();
  private older = new Map<K, V>();
  private readonly generationSize: number;

  /**
   * `maxKeyLength`: string keys longer than this are computed every time, never held. A bound on entries
   * alone is not a bound on bytes: 200,000 pasted 10,000-character "words" would hold 2 GB, and no real
   * word is that long.
   */
  constructor(
    readonly maxSize: number,
    private readonly maxKeyLength = Number.POSITIVE_INFINITY,
  ) {
    if (!Number.isInteger(maxSize) || maxSize < 2)
      throw new RangeError(`a bounded cache needs a whole maxSize of at least 2, got ${maxSize}`);
    this.generationSize = Math.floor(maxSize / 2);
  }

  /** Entries held: never more than maxSize. */
  get size(): number {
    return this.recent.size + this.older.size;
  }

  get(key: K): V | undefined {
    const value = this.recent.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (typeof key === 'string' && key.length > this.maxKeyLength) return;
    this.older.delete(key);
    this.recent.set(key, value);
    if (this.recent.size >= this.generationSize) {
      this.older = this.recent;
      this.recent = new Map();
    }
  }

  /** The value held for `key`, or `compute(key)`, held from now on. */
  getOrCompute(key: K, compute: (key: K) => V): V {
    let value = this.get(key);
    if (value === undefined) {
      value = compute(key);
      this.set(key, value);
    }
    return value;
  }
}
