import { stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { antonyms, nounClasses, relatedKeys } from '../../src/core/text/wordnet.js';

function shareAKey(a: string, b: string): boolean {
  const keysOfB = relatedKeys(b);
  return relatedKeys(a).some((key) => keysOfB.includes(key));
}

describe('nounClasses', () => {
  it('puts the most frequent sense first', () => {
    expect(nounClasses('executive')[0]).toBe('noun.person');
    expect(nounClasses('company')[0]).toBe('noun.group');
    expect(nounClasses('September')[0]).toBe('noun.time');
    expect(nounClasses('million')[0]).toBe('noun.quantity');
  });

  it('knows proper nouns, whatever their case, including two-word names', () => {
    expect(nounClasses('France')[0]).toBe('noun.location');
    expect(nounClasses('paris')[0]).toBe('noun.location');
    expect(nounClasses('New York')).toEqual(['noun.location']);
  });

  it('lists other senses after the first, at most three classes', () => {
    expect(nounClasses('journal')).toContain('noun.communication');
    expect(nounClasses('journal').length).toBeGreaterThan(1);
    expect(nounClasses('company')).toHaveLength(3);
  });

  it('reduces plurals to their lemma', () => {
    expect(nounClasses('executives')).toEqual(nounClasses('executive'));
    expect(nounClasses('companies')).toEqual(nounClasses('company'));
    expect(nounClasses('journals')).toContain('noun.communication');
    expect(nounClasses('women')[0]).toBe('noun.person');
    expect(nounClasses('children')[0]).toBe('noun.person');
    expect(nounClasses('churches')).toEqual(nounClasses('church'));
  });

  it('gives an empty list for words WordNet lacks or that are not nouns', () => {
    expect(nounClasses('xyzzyq')).toEqual([]);
    expect(nounClasses('quickly')).toEqual([]);
    expect(nounClasses('')).toEqual([]);
  });
});

describe('relatedKeys', () => {
  it('gives derivationally related words a common key', () => {
    expect(shareAKey('invest', 'investment')).toBe(true);
    expect(shareAKey('elect', 'election')).toBe(true);
    expect(shareAKey('die', 'death')).toBe(true);
  });

  it('gives synonyms a common key', () => {
    expect(shareAKey('purchase', 'buy')).toBe(true);
    expect(shareAKey('shareholder', 'stockholder')).toBe(true);
  });

  it('relates inflected forms through their lemma', () => {
    expect(shareAKey('bought', 'purchases')).toBe(true);
    expect(shareAKey('invested', 'investments')).toBe(true);
    expect(shareAKey('died', 'deaths')).toBe(true);
    expect(relatedKeys('planned', 'verb')).not.toEqual([]);
    expect(relatedKeys('planned', 'verb')).toEqual(relatedKeys('plan', 'verb'));
  });

  it('keeps unrelated words apart', () => {
    expect(shareAKey('invest', 'death')).toBe(false);
    expect(shareAKey('purchase', 'election')).toBe(false);
    expect(shareAKey('company', 'weather')).toBe(false);
  });

  it('restricts the lookup to one part of speech when asked', () => {
    expect(relatedKeys('investment', 'verb')).toEqual([]);
    expect(relatedKeys('investment', 'noun')).toEqual(relatedKeys('investment'));
    const death = relatedKeys('death');
    expect(relatedKeys('die', 'verb').some((key) => death.includes(key))).toBe(true);
    expect(relatedKeys('die', 'noun').some((key) => death.includes(key))).toBe(false); // a die is a cube
  });

  it('gives short "w:" keys, and an empty list for unknown words', () => {
    for (const key of relatedKeys('investment')) expect(key).toMatch(/^w:[0-9a-z]{1,4}$/);
    expect(relatedKeys('xyzzyq')).toEqual([]);
  });
});

describe('antonyms', () => {
  it('gives direct antonyms of adjectives, verbs and nouns', () => {
    expect(antonyms('low')).toContain('high');
    expect(antonyms('win')[0]).toBe('lose');
    expect(antonyms('increase')).toContain('decrease');
    expect(antonyms('first')[0]).toBe('last');
    expect(antonyms('buy')).toEqual(['sell']);
  });

  it('reduces inflected forms and writes multi-word antonyms with spaces', () => {
    expect(antonyms('lowest')).toContain('high');
    expect(antonyms('wins')).toContain('lose');
    expect(antonyms('fell')).toEqual(['rise']); // prices fell: the past of "fall", not "fell" a tree
    expect(antonyms('lose')).toContain('break even');
  });

  it('gives an empty list when WordNet records no antonym', () => {
    expect(antonyms('xyzzyq')).toEqual([]);
    expect(antonyms('company')).toEqual([]);
  });
});

describe('WordNet data files', () => {
  it('stay small enough to bundle and type-check quickly', async () => {
    for (const name of ['nouns', 'related', 'antonyms']) {
      const { size } = await stat(new URL(`../../models/wordnet-${name}.json`, import.meta.url));
      expect(size, name).toBeLessThan(1_000_000);
    }
  });
});
