import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { BenchError } from './library.js';

/**
 * Starts a bench's bot half: bundles `script` as `npm start` bundles the bot, runs it with `args`, and
 * resolves with the first stdout line matching `ready` once it appears. Stopped by closing its stdin.
 */
export async function startBotChild(
  script: string,
  args: string[],
  ready: RegExp,
): Promise<{ process: ChildProcess; match: RegExpExecArray; stop(): Promise<void> }> {
  const bundle = fileURLToPath(
    new URL(`../../node_modules/.cache/newsbrief-bench/${script.replace(/\.ts$/, '.mjs')}`, import.meta.url),
  );
  buildSync({
    entryPoints: [fileURLToPath(new URL(`./${script}`, import.meta.url))],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  const child = spawn(process.execPath, [bundle, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const closed = new Promise((resolve) => child.on('close', resolve));
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const found = ready.exec(out);
      if (found) resolve(found);
    });
    child.on('close', (code) =>
      reject(new BenchError(`the bot process stopped (${code}) before it was ready`)),
    );
  });
  return {
    process: child,
    match,
    async stop() {
      child.stdin?.end();
      await closed;
    },
  };
}

/** Runs `task` for 0…count-1 with `concurrency` in flight at any time; results in completion order. */
export async function runConcurrently<T>(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) results.push(await task(next++));
    }),
  );
  return results;
}

/**
 * Looks items up by key in a log that only grows (a fake server's record of requests), reading each new
 * entry once: twenty waiters checking after every request would otherwise rescan the whole log each time,
 * and that work would be counted against the bot it shares the machine with.
 */
export function indexArrivals<T>(
  log: readonly T[],
  keyOf: (item: T) => string | undefined,
): (key: string) => T | undefined {
  const seen = new Map<string, T>();
  let cursor = 0;
  return (key) => {
    for (; cursor < log.length; cursor++) {
      const item = log[cursor] as T;
      const itemKey = keyOf(item);
      if (itemKey !== undefined && !seen.has(itemKey)) seen.set(itemKey, item);
    }
    return seen.get(key);
  };
}
