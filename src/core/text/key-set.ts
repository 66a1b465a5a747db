import { currentKeyTable, type KeyTable } from './key-table.js';
import type { Token } from './tokenize.js';

function sortedIds(table: KeyTable, keys: Iterable<string>): number[] {
  const unique = new Set<number>();
  for (const key of keys) unique.add(table.intern(key));
  return [...unique].sort((a, b) => a - b);
}

/**
 * A compact, immutable set of match keys (stems and synonym-group ids). A library of a thousand briefs
 * holds a hundred thousand small sets; as sorted arrays of interned numbers they take a tenth of the
 * memory of `Set<string>`s, and a binary search over thirty numbers is as fast as hashing.
 */
export class KeySet implements Iterable<string> {
  /** The set is ids[start, end) of a sorted pool that many sets of one brief share; ids of `table`. */
  private constructor(
    private readonly table: KeyTable,
    private readonly ids: Uint32Array,
    private readonly start: number,
    private readonly end: number,
  ) {}

  static of(keys: Iterable<string>): KeySet {
    const table = currentKeyTable();
    const ids = Uint32Array.from(sortedIds(table, keys));
    return new KeySet(table, ids, 0, ids.length);
  }

  /** Many sets in one buffer: a typed array costs ~200 bytes of bookkeeping before its first number. */
  static packAll(groups: readonly Iterable<string>[]): KeySet[] {
    const table = currentKeyTable();
    return KeySet.pack(
      table,
      groups.map((keys) => sortedIds(table, keys)),
    );
  }

  /**
   * packAll, and one set more: the union of the first `unionOf` groups and `extra`. The union is made from
   * the groups' numbers, not by interning and sorting their keys a second time (a brief's every key is in
   * one of its sentences: that second pass was a quarter of preparing a brief).
   */
  static packWithUnion(
    groups: readonly Iterable<string>[],
    unionOf: number,
    extra: Iterable<string>,
  ): { sets: KeySet[]; union: KeySet } {
    const table = currentKeyTable();
    const sorted = groups.map((keys) => sortedIds(table, keys));
    const union = new Set<number>(sortedIds(table, extra));
    for (const ids of sorted.slice(0, unionOf)) for (const id of ids) union.add(id);
    const sets = KeySet.pack(table, [...sorted, [...union].sort((a, b) => a - b)]);
    return { sets: sets.slice(0, -1), union: sets[sets.length - 1] as KeySet };
  }

  private static pack(table: KeyTable, sorted: readonly (readonly number[])[]): KeySet[] {
    const pool = new Uint32Array(sorted.reduce((total, ids) => total + ids.length, 0));
    let offset = 0;
    return sorted.map((ids) => {
      pool.set(ids, offset);
      offset += ids.length;
      return new KeySet(table, pool, offset - ids.length, offset);
    });
  }

  static fromTokens(...groups: readonly (readonly Token[])[]): KeySet {
    return KeySet.of(groups.flatMap((tokens) => tokens.flatMap((t) => t.keys)));
  }

  get size(): number {
    return this.end - this.start;
  }

  has(key: string): boolean {
    const id = this.table.idOf(key);
    if (id === undefined) return false;
    let low = this.start;
    let high = this.end - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = this.ids[middle] as number;
      if (value === id) return true;
      if (value < id) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** Whether any key satisfies `test`; a plain loop, since this runs for every candidate of a question. */
  some(test: (key: string) => boolean): boolean {
    for (let i = this.start; i < this.end; i++)
      if (test(this.table.keyOf(this.ids[i] as number))) return true;
    return false;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = this.start; i < this.end; i++) yield this.table.keyOf(this.ids[i] as number);
  }
}
