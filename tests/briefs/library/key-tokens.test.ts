import { describe, expect, it } from 'vitest';
import { keyToken, tokenKey } from '../../../src/briefs/library/key-tokens.js';

/** Keys the unicode61 tokenizer would fold, split or strip if they were written as they are. */
const ODD_KEYS = [
  '3.5',
  '2022',
  "o'brien",
  'o’brien',
  '#tag',
  'w:4t6',
  'w:4T6',
  'Café',
  'café',
  'cafe',
  'cafe\u0301',
  'UPPER',
  'upper',
  '_',
  '__',
  '_2n_',
  'x_2n_',
  '',
  'a b',
  'a-b',
  '日本',
  '😀',
  '\ud800',
];

describe('key tokens', () => {
  it('give back every key they were made from', () => {
    for (const key of ODD_KEYS) expect(tokenKey(keyToken(key))).toBe(key);
  });

  it('give a different token to every key, of characters the tokenizer keeps whole', () => {
    const tokens = ODD_KEYS.map(keyToken);
    expect(new Set(tokens).size).toBe(ODD_KEYS.length);
    for (const token of tokens) expect(token).toMatch(/^[a-z0-9_]+$/);
  });

  it('leave plain keys as they are', () => {
    expect(keyToken('expo')).toBe('expo');
    expect(keyToken('2022')).toBe('2022');
  });

  it('refuse to decode what no key encodes to', () => {
    expect(() => tokenKey('_zz')).toThrow(/not a key token/);
    expect(() => tokenKey('A')).toThrow(/not a key token/);
  });
});
