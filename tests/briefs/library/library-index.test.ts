import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../src/briefs/library/library-store.js';
import { briefKeys } from '../../../src/core/answer/brief-keys.js';
import type { Brief } from '../../../src/core/brief.schema.js';
import type { BriefLibrary } from '../../../src/core/library/brief-library.js';
import { FIXTURE_DIR, loadFixtureBriefs } from '../../fixtures/fixture-briefs.js';
import { loadSeedBrief, SEED_BRIEF_PATH } from '../../helpers/seed-brief.js';

let root: string;
let dir: string;
let store: LibraryStore;
let briefs: Brief[];

function openAndSync(cacheSize?: number): BriefLibrary {
  const options = { dir, dbFile: join(root, 'library.sqlite'), keepDays: 0 };
  store = LibraryStore.open(cacheSize === undefined ? options : { ...options, cacheSize });
  store.sync();
  return store.library();
}

/** Each brief's doc number, from the index's own summaries. */
function docsById(library: BriefLibrary): Map<string, number> {
  const docs = new Map<string, number>();
  for (let doc = 1; docs.size < library.index.size && doc < 1000; doc += 1) {
    const summary = library.index.summary(doc);
    if (summary) docs.set(summary.id, doc);
  }
  return docs;
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'newsbrief-index-'));
  dir = join(root, 'briefs');
  mkdirSync(dir);
  for (const name of readdirSync(FIXTURE_DIR)) copyFileSync(join(FIXTURE_DIR, name), join(dir, name));
  copyFileSync(SEED_BRIEF_PATH, join(dir, basename(SEED_BRIEF_PATH)));
  briefs = [...(await loadFixtureBriefs()), loadSeedBrief()];
});

afterEach(() => {
  store.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the routing index of a library on disk', () => {
  it('agrees with briefKeys on frequency, postings and holds', () => {
    const library = openAndSync();
    const docs = docsById(library);
    const keysOf = new Map(briefs.map((brief) => [docs.get(brief.id) as number, briefKeys(brief)]));
    const everyKey = new Set([...keysOf.values()].flatMap((keys) => [...keys]));
    expect(everyKey.size).toBeGreaterThan(100);
    for (const key of everyKey) {
      const holders = [...keysOf].filter(([, keys]) => keys.has(key)).map(([doc]) => doc);
      holders.sort((a, b) => a - b);
      expect({ key, postings: library.index.postings(key) }).toEqual({ key, postings: holders });
      expect(library.index.frequency(key)).toBe(holders.length);
      for (const doc of keysOf.keys()) expect(library.index.holds(doc, key)).toBe(holders.includes(doc));
    }
  });

  it('holds summaries of the summary fields only, in file order, and knows the newest brief', () => {
    const library = openAndSync();
    const byFile = [...briefs].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(library.summaries.map((s) => s.id)).toEqual(byFile.map((b) => b.id));
    const expo = library.summaries.find((s) => s.id === '2022-08-22-test-expo');
    expect(expo).toEqual({
      id: '2022-08-22-test-expo',
      title: expect.any(String),
      published: '2022-08-22',
      outlet: 'Test Herald',
      url: 'https://example.com/news/test-expo',
      topics: expect.any(Array),
    });
    const docs = docsById(library);
    expect(library.index.newest).toBe(docs.get('2023-01-05-harbour-bridge'));
    expect(library.index.summary(9999)).toBeUndefined();
  });

  it('has no newest brief when empty', () => {
    rmSync(dir, { recursive: true });
    mkdirSync(dir);
    const library = openAndSync();
    expect(library.summaries).toEqual([]);
    expect(library.index.size).toBe(0);
    expect(library.index.newest).toBeUndefined();
  });
});

describe('the brief cache', () => {
  it('gives the right brief when it holds fewer briefs than are asked for', () => {
    const library = openAndSync(2);
    for (let round = 0; round < 3; round += 1) {
      for (const brief of briefs) expect(library.brief(brief.id)).toEqual(brief);
    }
    expect(library.brief('no-such-brief')).toBeUndefined();
  });

  it('reads a brief again once a sync has seen its file change', () => {
    const library = openAndSync();
    const [first] = briefs as [Brief];
    expect(library.brief(first.id)?.title).toBe(first.title);
    const path = join(dir, `${first.id}.json`);
    writeFileSync(path, JSON.stringify({ ...first, title: 'A new title' }));
    utimesSync(path, new Date('2030-01-01'), new Date('2030-01-01'));
    store.sync();
    expect(store.library().brief(first.id)?.title).toBe('A new title');
    expect(store.library().summaries.find((s) => s.id === first.id)?.title).toBe('A new title');
  });
});
