/**
 * Match keys numbered for key sets: each distinct key gets one small id, so a set can be a sorted array
 * of numbers. The numbering cannot forget a key while a set holds its id, so it is not a cache: instead of
 * evicting, a full table is retired and a new one started. Each set keeps the table its ids come from,
 * and a retired table lives only as long as sets made with it do: once the briefs prepared under it are
 * gone (a reloaded library), the garbage collector takes it.
 */
export class KeyTable {
  private readonly idsByKey = new Map<string, number>();
  private readonly keysById: string[] = [];

  get size(): number {
    return this.keysById.length;
  }

  /** The key's id, numbering it when new. */
  intern(key: string): number {
    let id = this.idsByKey.get(key);
    if (id === undefined) {
      id = this.keysById.length;
      this.idsByKey.set(key, id);
      this.keysById.push(key);
    }
    return id;
  }

  /** The key's id, or undefined when no set of this table holds it. */
  idOf(key: string): number | undefined {
    return this.idsByKey.get(key);
  }

  keyOf(id: number): string {
    return this.keysById[id] as string;
  }
}

/**
 * Keys one table numbers before a new one is started. A library of 700 articles has about 23,000
 * distinct keys, so a table lasts for many reloads of a growing library; ~80 bytes a key bounds it near 20 MB.
 */
export const MAX_KEYS_PER_TABLE = 250_000;

let current = new KeyTable();

/**
 * The table new sets number their keys in. Asked once per set (or per packed group of sets), so all the
 * ids of a set come from one table; a table may pass the bound by one call's keys. (Tests pass a small
 * `maxKeys` to retire the table at once.)
 */
export function currentKeyTable(maxKeys = MAX_KEYS_PER_TABLE): KeyTable {
  if (current.size >= maxKeys) current = new KeyTable();
  return current;
}
