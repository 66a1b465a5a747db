/**
 * One side of the claim race (claim-race.ts): opens the store named on the command line, says "ready",
 * reads a start instant (epoch ms) on stdin, waits for it, claims every (subscription, slot) pair in ten
 * concurrent lanes, yielding between claims so both processes interleave, and prints the pairs it won.
 */
import { once } from 'node:events';
import { setImmediate as yieldTurn } from 'node:timers/promises';
import { openStore } from '../../src/store/open-store.js';

const SLOT_BASE = Date.parse('2025-03-01T08:00:00.000Z');
const [databaseUrl] = process.argv.slice(2);
if (!databaseUrl) throw new Error('usage: claim-race-worker.ts DATABASE_URL');

const store = await openStore(databaseUrl);
const subscriptions = await store.list();
const pairs = subscriptions.flatMap((s) =>
  Array.from({ length: 20 }, (_, day) => ({
    id: s.id,
    slot: new Date(SLOT_BASE + day * 86_400_000).toISOString(),
  })),
);
process.stdout.write('ready\n');
process.stdin.resume();
const [startLine] = await once(process.stdin, 'data');
const startAt = Number(String(startLine).trim());
while (Date.now() < startAt) {
  // Spin: both processes leave this loop within a millisecond of each other.
}

const claimedAt = new Date().toISOString();
const won: string[] = [];
const LANES = 10;
await Promise.all(
  Array.from({ length: LANES }, async (_, lane) => {
    for (let i = lane; i < pairs.length; i += LANES) {
      const pair = pairs[i];
      if (!pair) continue;
      if (await store.claim(pair.id, pair.slot, claimedAt)) won.push(`${pair.id}@${pair.slot}`);
      await yieldTurn();
    }
  }),
);
process.stdout.write(`${JSON.stringify(won)}\n`);
await store.close();
