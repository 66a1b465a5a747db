import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/open-store.js';
import { newSubscription, target } from './store-contract.js';

const WORKER = fileURLToPath(new URL('./claim-race-worker.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RACE_SUBSCRIPTIONS = 10;
export const RACE_SLOTS = 20;

export interface RaceResult {
  /** Claims won, summed over both processes. */
  claimed: number;
  /** Pairs both processes were given. */
  duplicates: string[];
  /** Wins per process: both should win some for the race to mean anything (reported, not required). */
  perProcess: number[];
  ledgerRows: number;
}

/**
 * Subscribes RACE_SUBSCRIPTIONS channels in the store at `databaseUrl`, then starts two Node processes that
 * open the same store and, on one signal, each claim the same RACE_SUBSCRIPTIONS × RACE_SLOTS pairs at once.
 */
export async function raceClaims(databaseUrl: string): Promise<RaceResult> {
  const store = await openStore(databaseUrl);
  try {
    for (let i = 0; i < RACE_SUBSCRIPTIONS; i++) await store.subscribe(newSubscription(`race-${i}`));
  } finally {
    await store.close();
  }
  const workers = [startWorker(databaseUrl), startWorker(databaseUrl)];
  let wins: string[][];
  try {
    await Promise.all(workers.map((w) => w.ready));
    const startAt = Date.now() + 200;
    for (const w of workers) w.child.stdin.end(`${startAt}\n`);
    wins = await Promise.all(workers.map((w) => w.done));
  } finally {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill();
  }

  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const key of wins.flat()) {
    if (seen.has(key)) duplicates.push(key);
    seen.add(key);
  }
  const check = await openStore(databaseUrl);
  try {
    let ledgerRows = 0;
    for (let i = 0; i < RACE_SUBSCRIPTIONS; i++) {
      const sub = await check.findByTarget(target(`race-${i}`));
      ledgerRows += sub ? (await check.history(sub.id, RACE_SLOTS * 2)).length : 0;
    }
    return { claimed: seen.size, duplicates, perProcess: wins.map((w) => w.length), ledgerRows };
  } finally {
    await check.close();
  }
}

function startWorker(databaseUrl: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, databaseUrl], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (stdout.includes('ready\n')) markReady();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const done = once(child, 'exit').then(([code]) => {
    markReady();
    if (code !== 0) throw new Error(`claim worker exited with ${code}: ${stderr.trim()}`);
    const line = stdout.split('\n').find((l) => l.startsWith('['));
    if (!line) throw new Error(`claim worker printed no result: ${stdout}`);
    return JSON.parse(line) as string[];
  });
  // Fails fast when a worker dies before saying ready; otherwise resolves with the wins.
  return { child, ready: Promise.race([ready, done.then(() => {})]), done };
}
