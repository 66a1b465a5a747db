/**
 * A map that forgets: entries expire after `ttlMs`, and past `maxEntries` the least recently used go first.
 * Chat adapters keep short-lived memory in it (event ids already handled, the brief a thread is about),
 * bounded so that a busy workspace cannot grow the process without limit.
 */
export class RecentMap<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(private readonly options: { maxEntries: number; ttlMs: number; now?: () => number }) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert so that Map order stays least-recently-used first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + this.options.ttlMs });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  /** True the first time a key is seen (within its lifetime), false after: for handling a retry once. */
  firstSight(key: string): boolean {
    if (this.get(key) !== undefined) return false;
    this.set(key, true as V);
    return true;
  }

  get size(): number {
    return this.entries.size;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}
