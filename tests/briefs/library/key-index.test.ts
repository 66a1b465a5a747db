import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyIndex } from '../../../src/briefs/library/key-index.js';
import { tokenKey } from '../../../src/briefs/library/key-tokens.js';
import { openLibraryDb } from '../../../src/briefs/library/library-db.js';

/** Keys the unicode61 tokenizer would fold, split or strip if they were written as they are. */
const ODD_KEYS = [
  '3.5',
  '2022',
  "o'brien",
  '#tag',
  'w:4t6',
  'Café',
  'café',
  'cafe',
  'UPPER',
  'upper',
  '_',
  '',
];
const SHARED = ['cafe', '3.5', 'upper'];

let db: Database.Database;
let index: KeyIndex;

const deleteMerge = () => db.prepare("SELECT v FROM brief_keys_config WHERE k = 'deletemerge'").pluck().get();

beforeEach(() => {
  db = openLibraryDb(':memory:');
  index = new KeyIndex(db);
  index.add(1, ODD_KEYS);
  index.add(2, SHARED);
});

afterEach(() => db.close());

describe('the key index in SQLite', () => {
  it('finds each odd key in exactly the briefs that hold it', () => {
    for (const key of ODD_KEYS) {
      const docs = SHARED.includes(key) ? [1, 2] : [1];
      expect({ key, postings: index.postings(key) }).toEqual({ key, postings: docs });
      expect({ key, frequency: index.frequency(key) }).toEqual({ key, frequency: docs.length });
      expect({ key, holds: index.holds(2, key) }).toEqual({ key, holds: SHARED.includes(key) });
    }
  });

  it('stores each key as one term that decodes back to it', () => {
    const terms = db.prepare('SELECT term FROM temp.brief_key_counts').pluck().all() as string[];
    expect(new Set(terms.map(tokenKey))).toEqual(new Set(ODD_KEYS));
  });

  it('knows nothing of keys no brief holds, nor of removed briefs', () => {
    expect(index.frequency('absent')).toBe(0);
    expect(index.postings('absent')).toEqual([]);
    index.remove(1);
    expect(index.postings('3.5')).toEqual([2]);
    expect(index.frequency('w:4t6')).toBe(0);
    expect(index.holds(1, 'cafe')).toBe(false);
  });

  it('takes many briefs out in bulk, then merges with the usual setting back', () => {
    for (let doc = 3; doc < 50; doc += 1) index.add(doc, ['bulk', `only-${doc}`]);
    index.bulkRemoval(() => {
      for (let doc = 3; doc < 40; doc += 1) index.remove(doc);
    });
    expect(index.postings('bulk')).toEqual([40, 41, 42, 43, 44, 45, 46, 47, 48, 49]);
    expect(index.frequency('only-3')).toBe(0);
    expect(index.frequency('bulk')).toBe(10);
    expect(deleteMerge()).toBe(10);
  });

  it('turns merging back on after a sync that stopped in the middle of a bulk removal', () => {
    expect(() =>
      index.bulkRemoval(() => {
        throw new Error('stopped');
      }),
    ).toThrow('stopped');
    expect(deleteMerge()).toBe(10);
    db.prepare("INSERT INTO brief_keys (brief_keys, rank) VALUES ('deletemerge', 0)").run();
    new KeyIndex(db);
    expect(deleteMerge()).toBe(10);
  });
});
