import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/**
 * One real bot process for the chaos part of `npm run fuzz`: `src/main.ts` bundled as `npm start` bundles
 * it, run as `npm start` runs it, so that a SIGKILL lands in the code that ships — not in tsx's loader.
 */

const ENTRY = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
// Inside the project, so the bundle finds the project's packages; beside the bench's, never in dist/.
const BUNDLE = fileURLToPath(new URL('../../node_modules/.cache/newsbrief-fuzz/main.mjs', import.meta.url));

let bundled = false;

/** Builds the bot once a run, with `npm run build`'s options (the ingest worker is not needed to post). */
export function bundleBot(): string {
  if (!bundled) {
    buildSync({
      entryPoints: [ENTRY],
      outfile: BUNDLE,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      sourcemap: true,
      logLevel: 'warning',
    });
    bundled = true;
  }
  return BUNDLE;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Replica {
  readonly name: string;
  /** Everything the replica logged on stderr so far (pino JSON lines). */
  log(): string;
  alive(): boolean;
  /** Resolves with the moment (Date.now()) it logged its port; rejects if it exits or is silent too long. */
  listening(timeoutMs: number): Promise<number>;
  /** kill -9, now; returns the moment it was sent. */
  kill(): number;
  /** SIGTERM, an orderly stop that waits for the scheduler pass under way; kill -9 after `timeoutMs`. */
  stop(timeoutMs: number): Promise<Exit & { forced: boolean }>;
  exited(): Promise<Exit>;
}

/**
 * Starts a replica with exactly `config` as its configuration: the environment is built from nothing but
 * PATH (no variable of the caller's shell leaks in), and the working folder is `cwd`, which holds no .env.
 * stdout is not read: with no TTY and no console subscription, the bot writes nothing there.
 */
export function startReplica(name: string, config: Record<string, string>, cwd: string): Replica {
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', bundleBot()], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...config },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const closed = new Promise<Exit>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    name,
    log: () => stderr,
    alive,
    async listening(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (/"port":\d+/.test(stderr)) return Date.now();
        if (!alive() || Date.now() > deadline) {
          throw new Error(`replica ${name} never said it listens; its log ends:\n${tail(stderr)}`);
        }
        // Polled finely: the kill moments are measured from here, and a coarse poll would shift them all.
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    kill() {
      child.kill('SIGKILL');
      return Date.now();
    },
    async stop(timeoutMs) {
      if (!alive()) return { ...(await closed), forced: false };
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), timeoutMs);
      });
      const first = await Promise.race([closed, late]);
      clearTimeout(timer);
      if (first !== 'late') return { ...first, forced: false };
      child.kill('SIGKILL');
      return { ...(await closed), forced: true };
    },
    exited: () => closed,
  };
}

/** The last lines of a log, for an error message. */
export function tail(log: string, lines = 8): string {
  return log.trimEnd().split('\n').slice(-lines).join('\n');
}
