import { describe, expect, it } from 'vitest';
import { listPayload, packLemmas } from '../../scripts/train/wordnet-pack.js';
import { LemmaTable } from '../../src/core/text/wordnet-lemma-table.js';
import { forEachPackedEntry, payloadList } from '../../src/core/text/wordnet-packed.js';

const LONG = 'a'.repeat(40);
const PAYLOADS = new Map([
  ['abbey', 'B'],
  ['abbot', 'CD'],
  ['zoo', 'E'],
  ["o'clock", 'F'],
  ['3-d', 'G'],
  ['new_york', 'H'],
  ['new_yorker', 'I'],
  [LONG, 'J'],
  [`${LONG}b`, 'K'],
  ['u.s.', listPayload(['united_states', 'america'])],
]);

describe('packed lemma lists', () => {
  it('unpack to what was packed, in sorted order', () => {
    const packed = packLemmas(PAYLOADS);
    const unpacked: [string, string][] = [];
    forEachPackedEntry(packed, (lemma, payload) => unpacked.push([lemma, payload]));
    expect(unpacked.map(([lemma]) => lemma)).toEqual([...PAYLOADS.keys()].sort());
    expect(new Map(unpacked)).toEqual(PAYLOADS);
    expect(packed.length).toBeLessThan([...PAYLOADS].join('').length);
  });

  it('look up every lemma, whichever letter it starts with, and nothing else', () => {
    const table = new LemmaTable(packLemmas(PAYLOADS), (payload) => payload.toLowerCase());
    for (const [lemma, payload] of PAYLOADS) expect(table.get(lemma), lemma).toBe(payload.toLowerCase());
    for (const missing of ['abb', 'abbeys', 'new', 'q', '', `${LONG}c`])
      expect(table.has(missing), missing).toBe(false);
  });

  it('read list payloads back as items', () => {
    expect(payloadList(listPayload(['united_states', 'america']))).toEqual(['united_states', 'america']);
    expect(payloadList('')).toEqual([]);
  });

  it('refuse lemmas and payloads that would not unpack', () => {
    expect(() => packLemmas(new Map([['New York', 'A']]))).toThrow();
    expect(() => packLemmas(new Map([['york', 'lower-case payload']]))).toThrow();
    expect(() => packLemmas(new Map([['york', 'A|B']]))).toThrow();
  });
});
