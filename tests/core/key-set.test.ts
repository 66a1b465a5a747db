import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import { KeySet } from '../../src/core/text/key-set.js';
import { currentKeyTable, KeyTable } from '../../src/core/text/key-table.js';
import { loadSeedBrief } from '../helpers/seed-brief.js';

describe('KeySet', () => {
  it('holds its keys once each and nothing else', () => {
    const set = KeySet.of(['invest', 'fund', 'invest']);
    expect(set.size).toBe(2);
    expect(set.has('invest')).toBe(true);
    expect(set.has('fund')).toBe(true);
    expect(set.has('bank')).toBe(false);
    expect(new Set(set)).toEqual(new Set(['invest', 'fund']));
  });

  it('packs several sets into one pool, each still its own', () => {
    const [first, second] = KeySet.packAll([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect([...(first as KeySet)].sort()).toEqual(['a', 'b']);
    expect(second?.has('a')).toBe(false);
    expect(second?.some((key) => key === 'c')).toBe(true);
  });

  it('keeps answering for sets made before the key table was retired', () => {
    const before = KeySet.of(['expo', 'chongqing']);
    const retired = currentKeyTable();
    // A bound the table has already reached starts a new one.
    const fresh = currentKeyTable(1);
    expect(fresh).not.toBe(retired);
    const after = KeySet.of(['chongqing', 'huawei']);
    expect(before.has('expo')).toBe(true);
    expect(before.has('huawei')).toBe(false);
    expect(after.has('huawei')).toBe(true);
    expect(after.has('expo')).toBe(false);
    expect(new Set(before)).toEqual(new Set(['expo', 'chongqing']));
    expect(new Set(after)).toEqual(new Set(['chongqing', 'huawei']));
    expect(fresh.idOf('expo')).toBeUndefined();
  });

  it('gives the same answers from a brief prepared under a new key table', () => {
    const questions = [
      'How much investment was signed?',
      'Where was the expo held?',
      'Who spoke at the opening?',
      'How many projects were signed?',
    ];
    const ask = () => questions.map((q) => answerQuestion(q, [loadSeedBrief()], { threshold: 0 }));
    const first = ask();
    currentKeyTable(1);
    // A fresh copy of the brief, so that it is prepared again and its key sets numbered in the new table.
    expect(ask()).toEqual(first);
  });
});

describe('KeyTable', () => {
  it('numbers each distinct key once, from 0', () => {
    const table = new KeyTable();
    expect(table.intern('a')).toBe(0);
    expect(table.intern('b')).toBe(1);
    expect(table.intern('a')).toBe(0);
    expect(table.size).toBe(2);
    expect(table.keyOf(1)).toBe('b');
    expect(table.idOf('c')).toBeUndefined();
  });
});
