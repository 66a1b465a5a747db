import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type BriefWatcher, watchBriefs } from '../../src/briefs/watch-briefs.js';
import { FIXTURE_DIR } from '../fixtures/fixture-briefs.js';

const GARDEN = '2021-03-10-garden-show.json';
const BRIDGE = '2023-01-05-harbour-bridge.json';

let watcher: BriefWatcher | undefined;
let dir: string | undefined;
afterEach(async () => {
  watcher?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Starts watching a folder and hands back a function that waits for the next burst of changes it reports. */
function follow(folder: string) {
  const bursts: (readonly string[] | undefined)[] = [];
  let wake: (() => void) | undefined;
  watcher = watchBriefs(
    folder,
    (files) => {
      bursts.push(files);
      wake?.();
    },
    { settleMs: 50 },
  );
  return async function next() {
    if (bursts.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return bursts.shift();
  };
}

describe('watchBriefs', () => {
  it('names the brief files added, changed and removed, one report per burst', async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsbrief-watch-'));
    await copyFile(join(FIXTURE_DIR, GARDEN), join(dir, GARDEN));
    const next = follow(dir);

    await copyFile(join(FIXTURE_DIR, BRIDGE), join(dir, BRIDGE));
    expect(await next()).toEqual([join(dir, BRIDGE)]);

    const garden = JSON.parse(await readFile(join(dir, GARDEN), 'utf8'));
    await writeFile(join(dir, GARDEN), JSON.stringify({ ...garden, title: 'Garden show extended' }));
    await rm(join(dir, BRIDGE));
    expect([...((await next()) ?? [])].sort()).toEqual([join(dir, GARDEN), join(dir, BRIDGE)].sort());
  });

  it('ignores files that are not briefs', async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsbrief-watch-'));
    const next = follow(dir);
    await writeFile(join(dir, 'notes.txt'), 'not a brief');
    await writeFile(join(dir, 'brief.schema.json'), '{}');
    await copyFile(join(FIXTURE_DIR, GARDEN), join(dir, GARDEN));
    expect(await next()).toEqual([join(dir, GARDEN)]);
  });
});
