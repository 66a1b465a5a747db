import { mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../src/briefs/library/library-store.js';
import { briefKeys } from '../../../src/core/answer/brief-keys.js';
import type { Brief } from '../../../src/core/brief.schema.js';
import { keysOfText } from '../../../src/core/text/tokenize.js';
import { briefFromText } from '../../helpers/brief-from-text.js';

const ZEBRA = briefFromText(
  '2024-05-01-zebra',
  'Zebras cross the river',
  'A herd of zebras crossed the river.',
);
const HARBOUR = briefFromText('2024-05-02-harbour', 'Harbour opens', 'The new harbour opened on Monday.');
const COUNCIL = briefFromText('2024-05-03-council', 'Council votes', 'The council voted on the budget.');
const GIRAFFE_TEXT = 'A tall giraffe ate acacia leaves.';

/** The routing key of a word (its stem), as the index holds it. */
const keyOf = (word: string): string => keysOfText(word)[0] as string;

let root: string;
let dir: string;
let dbFile: string;
let store: LibraryStore;
let mtime = Date.UTC(2024, 4, 1) / 1000;

/** Writes a brief file with an mtime later than any before, so that no edit can hide in one tick. */
function write(name: string, content: Brief | string): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  mtime += 10;
  utimesSync(path, mtime, mtime);
  return path;
}

function open(): LibraryStore {
  store = LibraryStore.open({ dir, dbFile, keepDays: 0 });
  return store;
}

/** The doc number of a brief: docs are numbered from 1 in a new library file. */
function docOf(id: string): number | undefined {
  const { index } = store.library();
  for (let doc = 1; doc < 100; doc += 1) if (index.summary(doc)?.id === id) return doc;
  return undefined;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'newsbrief-library-'));
  dir = join(root, 'briefs');
  dbFile = join(root, 'state', 'library.sqlite');
  mkdirSync(dir);
  for (const brief of [ZEBRA, HARBOUR, COUNCIL]) write(`${brief.id}.json`, brief);
  writeFileSync(join(dir, 'brief.schema.json'), '{}');
  open();
});

afterEach(() => {
  store.close();
  rmSync(root, { recursive: true, force: true });
});

describe('LibraryStore.sync', () => {
  it('indexes every brief file at the first sync', () => {
    const report = store.sync();
    expect(report).toMatchObject({ added: 3, changed: 0, removed: 0, unchanged: 0, read: 3, problems: [] });
    const library = store.library();
    expect(library.summaries.map((s) => s.id)).toEqual([ZEBRA.id, HARBOUR.id, COUNCIL.id]);
    expect(library.index.size).toBe(3);
    expect(library.brief(HARBOUR.id)).toEqual(HARBOUR);
    expect(library.index.postings(keyOf('harbour'))).toEqual([docOf(HARBOUR.id)]);
  });

  it('reads nothing after a reopen, and gives the same library', () => {
    store.sync();
    const before = store.library();
    const zebraDocs = before.index.postings(keyOf('zebra'));
    store.close();
    const report = open().sync();
    expect(report).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 3, read: 0 });
    const after = store.library();
    expect(after.summaries).toEqual(before.summaries);
    expect(after.index.postings(keyOf('zebra'))).toEqual(zebraDocs);
    expect(after.brief(COUNCIL.id)).toEqual(COUNCIL);
  });

  it('reads a changed file alone; its new keys route to it and its old keys no longer do', () => {
    store.sync();
    const doc = docOf(ZEBRA.id);
    const giraffe = briefFromText(ZEBRA.id, 'Giraffes eat', GIRAFFE_TEXT);
    write(`${ZEBRA.id}.json`, giraffe);
    const report = store.sync();
    expect(report).toMatchObject({ added: 0, changed: 1, removed: 0, unchanged: 2, read: 1 });
    const { index, brief } = store.library();
    expect(docOf(ZEBRA.id)).toBe(doc);
    const [oldKeys, newKeys] = [briefKeys(ZEBRA), briefKeys(giraffe)];
    for (const key of oldKeys) if (!newKeys.has(key)) expect(index.postings(key)).not.toContain(doc);
    for (const key of newKeys) expect(index.postings(key)).toContain(doc);
    expect(index.frequency(keyOf('giraffe'))).toBe(1);
    expect(index.postings(keyOf('zebra'))).toEqual([]);
    expect(brief(ZEBRA.id)?.title).toBe('Giraffes eat');
  });

  it('drops a removed file from the summaries, the index and brief()', () => {
    store.sync();
    unlinkSync(join(dir, `${HARBOUR.id}.json`));
    expect(store.sync()).toMatchObject({ removed: 1, unchanged: 2, read: 0 });
    const library = store.library();
    expect(library.summaries.map((s) => s.id)).toEqual([ZEBRA.id, COUNCIL.id]);
    expect(library.index.postings(keyOf('harbour'))).toEqual([]);
    expect(library.index.frequency(keyOf('harbour'))).toBe(0);
    expect(library.brief(HARBOUR.id)).toBeUndefined();
  });

  it('reports an invalid file by file and field, again after a reopen without reading it', () => {
    const bad = write('bad-title.json', { ...COUNCIL, id: 'bad-title', title: 42 } as unknown as Brief);
    const first = store.sync();
    expect(first.problems).toEqual([{ file: bad, field: 'title', message: expect.any(String) }]);
    store.close();
    const again = open().sync();
    expect(again).toMatchObject({ read: 0, unchanged: 4, problems: first.problems });
    write('bad-title.json', { ...COUNCIL, id: 'bad-title' });
    expect(store.sync()).toMatchObject({ added: 1, read: 1, problems: [] });
    expect(store.library().brief('bad-title')?.title).toBe(COUNCIL.title);
  });

  it('drops a brief whose file becomes invalid, and reports the file', () => {
    store.sync();
    write(`${COUNCIL.id}.json`, '{ "id": ');
    const report = store.sync();
    expect(report).toMatchObject({ removed: 1, read: 1 });
    expect(report.problems).toEqual([
      { file: join(dir, `${COUNCIL.id}.json`), field: '', message: expect.any(String) },
    ]);
    expect(store.library().brief(COUNCIL.id)).toBeUndefined();
    expect(store.library().index.frequency(keyOf('council'))).toBe(0);
  });
});

describe('a repeated id', () => {
  it('stays with the file that held it; the other file gets it once that one has gone', () => {
    store.sync();
    const copy = write('copy-of-zebra.json', briefFromText(ZEBRA.id, 'Giraffes eat', GIRAFFE_TEXT));
    const holder = join(dir, `${ZEBRA.id}.json`);
    const report = store.sync();
    expect(report.problems).toEqual([
      { file: copy, field: 'id', message: `id "${ZEBRA.id}" is already used by ${holder}` },
    ]);
    expect(store.library().brief(ZEBRA.id)?.title).toBe(ZEBRA.title);
    store.close();
    expect(open().sync()).toMatchObject({ read: 0, problems: report.problems });
    unlinkSync(holder);
    expect(store.sync()).toMatchObject({ removed: 1, added: 1, read: 1, problems: [] });
    expect(store.library().brief(ZEBRA.id)?.title).toBe('Giraffes eat');
    expect(store.library().index.postings(keyOf('giraffe'))).toHaveLength(1);
  });

  it('goes to the first file by name when both are new', () => {
    write('0-first.json', briefFromText('dup', 'First', 'The first one.'));
    write('1-second.json', briefFromText('dup', 'Second', 'The second one.'));
    expect(store.sync().problems.map((p) => p.file)).toEqual([join(dir, '1-second.json')]);
    expect(store.library().brief('dup')?.title).toBe('First');
  });
});

describe('a sync of the files a watcher reported', () => {
  it('looks only at those files', () => {
    store.sync();
    const added = write('2024-06-01-new.json', briefFromText('2024-06-01-new', 'New', 'A new brief.'));
    write(`${ZEBRA.id}.json`, briefFromText(ZEBRA.id, 'Giraffes eat', GIRAFFE_TEXT));
    expect(store.sync([added, join(dir, 'not-a-brief.txt'), '/elsewhere/x.json'])).toMatchObject({
      added: 1,
      changed: 0,
      read: 1,
    });
    unlinkSync(added);
    expect(store.sync(['2024-06-01-new.json'])).toMatchObject({ removed: 1, read: 0 });
    // The edited zebra file was not reported, so the library still has it as it was.
    expect(store.library().summaries.find((s) => s.id === ZEBRA.id)?.title).toBe(ZEBRA.title);
  });

  it('follows a rename reported by its new name only', () => {
    store.sync();
    unlinkSync(join(dir, `${ZEBRA.id}.json`));
    const renamed = write('renamed.json', ZEBRA);
    expect(store.sync([renamed])).toMatchObject({ removed: 1, added: 1, problems: [] });
    expect(store.library().brief(ZEBRA.id)).toEqual(ZEBRA);
    expect(store.library().summaries.map((s) => s.id)).toEqual([HARBOUR.id, COUNCIL.id, ZEBRA.id]);
  });
});

describe('LibraryStore.library', () => {
  it('is a new object after a sync that changed something, the same one otherwise', () => {
    store.sync();
    const first = store.library();
    store.sync();
    expect(store.library()).toBe(first);
    write('2024-06-01-new.json', briefFromText('2024-06-01-new', 'New', 'A new brief.'));
    store.sync();
    const second = store.library();
    expect(second).not.toBe(first);
    expect(second.summaries).toHaveLength(4);
    expect(first.summaries).toHaveLength(3);
  });

  it('is a new object once another process sharing the file has synced', () => {
    store.sync();
    const first = store.library();
    const replica = LibraryStore.open({ dir, dbFile, keepDays: 0 });
    write(`${ZEBRA.id}.json`, { ...ZEBRA, title: 'Zebras, again' });
    expect(replica.sync()).toMatchObject({ changed: 1 });
    replica.close();
    const second = store.library();
    expect(second).not.toBe(first);
    expect(second.summaries.find((s) => s.id === ZEBRA.id)?.title).toBe('Zebras, again');
    expect(store.library()).toBe(second);
  });
});

describe('LibraryStore.open', () => {
  it('names the file it cannot open', () => {
    const notADatabase = join(root, 'not-a-database.sqlite');
    writeFileSync(notADatabase, 'this is not SQLite, it is a plain text file of some length'.repeat(20));
    expect(() => LibraryStore.open({ dir, dbFile: notADatabase, keepDays: 0 })).toThrow(notADatabase);
    const underAFile = join(notADatabase, 'library.sqlite');
    expect(() => LibraryStore.open({ dir, dbFile: underAFile, keepDays: 0 })).toThrow(underAFile);
  });

  it('rebuilds a library file of another version from the folder', () => {
    store.sync();
    store.close();
    const raw = new Database(dbFile);
    raw.pragma('user_version = 99');
    raw.close();
    expect(open().sync()).toMatchObject({ added: 3, read: 3 });
    expect(store.library().summaries).toHaveLength(3);
  });

  it('works in memory', () => {
    const memory = LibraryStore.open({ dir, dbFile: ':memory:', keepDays: 0 });
    expect(memory.sync()).toMatchObject({ added: 3 });
    expect(memory.library().index.frequency(keyOf('zebra'))).toBe(1);
    memory.close();
  });
});
