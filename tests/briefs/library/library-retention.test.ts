import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../src/briefs/library/library-store.js';
import type { Brief } from '../../../src/core/brief.schema.js';
import { keysOfText } from '../../../src/core/text/tokenize.js';
import { briefFromText } from '../../helpers/brief-from-text.js';
import { SEED_BRIEF_PATH } from '../../helpers/seed-brief.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const keyOf = (word: string): string => keysOfText(word)[0] as string;

const OLD = briefFromText('2024-01-01-old', 'Old news', 'The lighthouse keeper retired.', {
  addedAt: '2024-01-01T00:00:00Z',
});
const RECENT = briefFromText('2024-03-01-recent', 'Recent news', 'The orchard bloomed early.', {
  addedAt: '2024-03-01T00:00:00Z',
});
const UNSTAMPED = briefFromText('2024-02-01-unstamped', 'Unstamped', 'The glacier melted slowly.');

let root: string;
let dir: string;
let dbFile: string;
let now: Date;
const stores: LibraryStore[] = [];
let mtime = Date.UTC(2024, 0, 1) / 1000;

/** Writes a brief file with an mtime later than any before, so that no edit can hide in one tick. */
function write(brief: Brief): void {
  const path = join(dir, `${brief.id}.json`);
  writeFileSync(path, JSON.stringify(brief));
  mtime += 10;
  utimesSync(path, mtime, mtime);
}

function open(keepDays: number): LibraryStore {
  const store = LibraryStore.open({ dir, dbFile, keepDays, now: () => now });
  stores.push(store);
  return store;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'newsbrief-retention-'));
  dir = join(root, 'briefs');
  dbFile = join(root, 'library.sqlite');
  mkdirSync(dir);
  now = new Date('2024-03-10T00:00:00Z');
});

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  rmSync(root, { recursive: true, force: true });
});

describe('retention', () => {
  it('archives a brief added longer ago than keepDays, which brief() still finds', () => {
    write(OLD);
    write(RECENT);
    const store = open(30);
    expect(store.sync()).toMatchObject({ added: 2, archived: 1, restored: 0 });
    const library = store.library();
    expect(library.summaries.map((s) => s.id)).toEqual([RECENT.id]);
    expect(library.index.size).toBe(1);
    expect(library.index.postings(keyOf('lighthouse'))).toEqual([]);
    expect(library.index.frequency(keyOf('lighthouse'))).toBe(0);
    expect(library.index.frequency(keyOf('orchard'))).toBe(1);
    expect(library.brief(OLD.id)).toEqual(OLD);
  });

  it('dates a brief without addedAt from when the library first saw it, not from published', () => {
    write(UNSTAMPED);
    const store = open(30);
    store.sync();
    expect(store.library().summaries).toHaveLength(1);
    now = new Date(now.getTime() + 29 * DAY_MS);
    expect(store.sync()).toMatchObject({ archived: 0, read: 0 });
    now = new Date(now.getTime() + 2 * DAY_MS);
    expect(store.sync()).toMatchObject({ archived: 1, read: 0 });
    expect(store.library().summaries).toEqual([]);
    expect(store.library().index.postings(keyOf('glacier'))).toEqual([]);
    expect(store.library().brief(UNSTAMPED.id)).toEqual(UNSTAMPED);
  });

  it('keeps the bundled 2022 seed brief on a fresh install', () => {
    copyFileSync(SEED_BRIEF_PATH, join(dir, basename(SEED_BRIEF_PATH)));
    const store = open(30);
    expect(store.sync()).toMatchObject({ added: 1, archived: 0 });
    expect(store.library().summaries).toHaveLength(1);
  });

  it('restores archived briefs when keepDays grows, and archives none with keepDays 0', () => {
    write(OLD);
    write(RECENT);
    open(30).sync();
    const longer = open(90);
    expect(longer.sync()).toMatchObject({ restored: 1, archived: 0, changed: 0, read: 1 });
    expect(longer.library().index.postings(keyOf('lighthouse'))).toHaveLength(1);
    expect(longer.library().summaries.map((s) => s.id)).toEqual([OLD.id, RECENT.id]);
    expect(open(5).sync()).toMatchObject({ archived: 2 });
    const forever = open(0);
    expect(forever.sync()).toMatchObject({ restored: 2 });
    now = new Date('2099-01-01T00:00:00Z');
    expect(forever.sync()).toMatchObject({ archived: 0 });
    expect(forever.library().index.size).toBe(2);
  });

  it('archives a thousand briefs at once and leaves a correct index', () => {
    const bulk = Array.from({ length: 1100 }, (_, i) =>
      briefFromText(`2024-01-01-bulk-${i}`, `Bulk ${i}`, `The lantern number ${i} was lit.`, {
        addedAt: '2024-01-01T00:00:00Z',
      }),
    );
    for (const brief of [...bulk, RECENT]) write(brief);
    const forever = open(0);
    forever.sync();
    expect(forever.library().index.frequency(keyOf('lantern'))).toBe(1100);
    const store = open(30);
    expect(store.sync()).toMatchObject({ archived: 1100, read: 0 });
    const library = store.library();
    expect(library.index.frequency(keyOf('lantern'))).toBe(0);
    expect(library.index.postings(keyOf('lantern'))).toEqual([]);
    expect(library.index.postings(keyOf('orchard'))).toHaveLength(1);
    expect(library.summaries.map((s) => s.id)).toEqual([RECENT.id]);
    expect(library.brief(bulk[7]?.id as string)).toEqual(bulk[7]);
  });

  it('applies retention to a changed file by its new addedAt', () => {
    write(RECENT);
    const store = open(30);
    store.sync();
    write({ ...RECENT, addedAt: '2023-12-01', title: 'Recent news, older' });
    expect(store.sync()).toMatchObject({ changed: 1, archived: 1 });
    expect(store.library().summaries).toEqual([]);
    expect(store.library().brief(RECENT.id)?.title).toBe('Recent news, older');
  });
});
