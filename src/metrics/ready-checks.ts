import type { BriefCollection } from '../core/answer/answer.js';
import type { SubscriptionStore } from '../core/digest/subscription-store.js';
import { librarySize } from '../core/library/memory-library.js';
import type { ReadyCheck } from './readiness.js';

/** The names main registers, in the order /readyz lists them. */
export const READY_CHECKS = ['store', 'platforms', 'briefs'] as const;

/**
 * The store answers a query. A lookup of an id no subscription has is the cheapest query every store
 * implements (SQLite and PostgreSQL alike), so no ping method is needed. A store that would not open at
 * start is not ready: digests, feeds, feedback and shared conversations are all off without it.
 */
export function storeReachable(store: Pick<SubscriptionStore, 'get'> | null): ReadyCheck {
  if (!store) return () => ({ ok: false, detail: 'not open (see the log)' });
  return async () => {
    try {
      await store.get('readyz-probe');
      return { ok: true, detail: 'reachable' };
    } catch {
      // The error itself may name the database; the log of the failing part says more.
      return { ok: false, detail: 'unreachable' };
    }
  };
}

/**
 * Every configured chat platform started, and none has lost its connection for good since (`failed`
 * resolves when one does). With none configured, the console chat needs no connection.
 */
export function platformsConnected(names: readonly string[], failed: Promise<unknown>): ReadyCheck {
  let lost = false;
  void failed.then(() => {
    lost = true;
  });
  return () => {
    if (lost) return { ok: false, detail: 'a platform lost its connection for good' };
    return { ok: true, detail: names.length > 0 ? names.join(', ') : 'none configured' };
  };
}

/** The library has been read; an empty one is still loaded (the bot then says it has no briefs). */
export function briefsLoaded(briefs: () => BriefCollection): ReadyCheck {
  return () => {
    const count = librarySize(briefs());
    return { ok: true, detail: `${count} brief${count === 1 ? '' : 's'}` };
  };
}
