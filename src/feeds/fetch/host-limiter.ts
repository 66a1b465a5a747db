/**
 * Politeness per host: at most `concurrency` requests in flight to one host name and at least
 * `intervalMs` between two starts. Waiters are served first come, first served; hosts never wait for
 * each other.
 */

export type Release = () => void;

interface HostState {
  active: number;
  lastStartAt: number;
  waiting: Array<(release: Release) => void>;
  timer: NodeJS.Timeout | null;
}

export interface HostLimiter {
  /** Resolves once a request to `host` may start; call the release when it is done. */
  acquire(host: string): Promise<Release>;
}

export function createHostLimiter(concurrency: number, intervalMs: number, clock = Date.now): HostLimiter {
  const hosts = new Map<string, HostState>();

  function startWaiting(host: string, state: HostState): void {
    while (state.timer === null && state.active < concurrency) {
      const next = state.waiting.shift();
      if (!next) break;
      const wait = state.lastStartAt + intervalMs - clock();
      if (wait > 0) {
        state.waiting.unshift(next);
        state.timer = setTimeout(() => {
          state.timer = null;
          startWaiting(host, state);
        }, wait);
        return;
      }
      state.active += 1;
      state.lastStartAt = clock();
      next(releaseOnce(host, state));
    }
    forgetIfIdle(host, state);
  }

  function releaseOnce(host: string, state: HostState): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      state.active -= 1;
      startWaiting(host, state);
    };
  }

  // An idle host is dropped once its interval has passed, so the map holds only hosts in use.
  function forgetIfIdle(host: string, state: HostState): void {
    const idle = state.active === 0 && state.waiting.length === 0 && state.timer === null;
    if (idle && clock() - state.lastStartAt >= intervalMs) hosts.delete(host);
  }

  return {
    acquire(host) {
      const state = hosts.get(host) ?? { active: 0, lastStartAt: -Infinity, waiting: [], timer: null };
      hosts.set(host, state);
      return new Promise<Release>((resolve) => {
        state.waiting.push(resolve);
        startWaiting(host, state);
      });
    },
  };
}
