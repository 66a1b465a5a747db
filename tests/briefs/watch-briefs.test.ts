import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoadedBriefs } from '../../src/briefs/load-briefs.js';
import { type BriefWatcher, watchBriefs } from '../../src/briefs/watch-briefs.js';
import { FIXTURE_DIR } from '../fixtures/fixture-briefs.js';

const GARDEN = '2021-03-10-garden-show.json';
const BRIDGE = '2023-01-05-harbour-bridge.json';

let watcher: BriefWatcher | undefined;
afterEach(() => watcher?.close());

/** Starts watching a folder and hands back a function that waits for the next library it reports. */
async function watchFolder(dir: string) {
  const updates: LoadedBriefs[] = [];
  let wake: (() => void) | undefined;
  watcher = await watchBriefs(
    dir,
    (library) => {
      updates.push(library);
      wake?.();
    },
    { settleMs: 50 },
  );
  return async function next(): Promise<LoadedBriefs> {
    if (updates.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return updates.shift() as LoadedBriefs;
  };
}

describe('watchBriefs', () => {
  it('picks up briefs added, changed and removed, without a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-watch-'));
    await copyFile(join(FIXTURE_DIR, GARDEN), join(dir, GARDEN));
    const next = await watchFolder(dir);

    await copyFile(join(FIXTURE_DIR, BRIDGE), join(dir, BRIDGE));
    expect((await next()).briefs.map((b) => b.title).sort()).toEqual([
      'Harbour bridge reopens after repairs',
      'Spring garden show draws record crowds',
    ]);

    const garden = JSON.parse(await readFile(join(dir, GARDEN), 'utf8'));
    await writeFile(join(dir, GARDEN), JSON.stringify({ ...garden, title: 'Garden show extended' }));
    expect((await next()).briefs.map((b) => b.title)).toContain('Garden show extended');

    await rm(join(dir, BRIDGE));
    expect((await next()).briefs.map((b) => b.id)).toEqual([garden.id]);
    await rm(dir, { recursive: true });
  });

  it('reports a broken file by name and keeps serving the others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-watch-'));
    await copyFile(join(FIXTURE_DIR, GARDEN), join(dir, GARDEN));
    const next = await watchFolder(dir);
    await writeFile(join(dir, 'broken.json'), '{"id": ');
    const library = await next();
    expect(library.briefs).toHaveLength(1);
    expect(library.problems[0]?.file).toBe(join(dir, 'broken.json'));
    await rm(dir, { recursive: true });
  });
});
