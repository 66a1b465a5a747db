/**
 * What a fake server's `waitFor` needs: callers park until the server says something changed (a request,
 * a gateway frame), re-check their condition, and give up after a deadline. One place for both fakes.
 */
export class ChangeWaiters {
  private readonly waiters = new Set<() => void>();

  constructor(private readonly name: string) {}

  /** Resolves with `check`'s value once it holds (re-checked on every change), or rejects at the deadline. */
  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${this.name}: waited in vain`);
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        // A periodic re-check as well, for conditions that change without a request (time passing).
        const timer = setTimeout(done, Math.min(left, 200));
        this.waiters.add(done);
      });
    }
  }

  /** Wakes every waiter to re-check. */
  changed(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
