import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/brief.schema.js';
import { extractStructure } from '../../../src/ingest/extract/extract-structure.js';
import { loadSeedBrief } from '../../helpers/seed-brief.js';

/** The seed article's own sentences, extracted from scratch and checked against the curated brief. */
const seed = loadSeedBrief();
const sentences = seed.text.sentences.map((s) => s.text);
const extracted = extractStructure(sentences, { published: seed.published, title: seed.title });

function factAt(kind: Fact['kind'], value: string, sentence: number): Fact | undefined {
  return extracted.facts.find((f) => f.kind === kind && f.value === value && f.sentence === sentence);
}

describe('extractStructure on the seed article: numeric facts', () => {
  it('reads the contracted investment as money in yuan, scaled', () => {
    expect(factAt('money', '212.1 billion yuan', 19)).toMatchObject({ number: 212_100_000_000, unit: 'CNY' });
  });

  it('reads the 70 projects as a count of projects, described by the words around it', () => {
    const fact = factAt('count', '70', 19);
    expect(fact).toMatchObject({ number: 70, unit: 'projects' });
    expect(fact?.description).toBe('major investment projects signed and landed in Chongqing');
  });

  it('reads the share, the temperature and the two durations', () => {
    expect(factAt('percent', '80%', 20)).toMatchObject({ number: 80, unit: '%' });
    expect(factAt('temperature', '42 degrees', 4)).toMatchObject({ number: 42, unit: '°C' });
    expect(factAt('duration', '40.8 days', 22)).toMatchObject({
      number: 40.8,
      unit: 'days',
      qualifier: 'may reach',
    });
    expect(factAt('duration', '20 days', 22)).toMatchObject({ number: 20, unit: 'days' });
  });

  it('keeps "more than" in both counts of more than 100', () => {
    for (const sentence of [8, 17]) {
      expect(factAt('count', 'more than 100', sentence)).toMatchObject({
        number: 100,
        qualifier: 'more than',
      });
    }
  });

  it('takes no year or date for a count', () => {
    const counts = extracted.facts.filter((f) => f.kind === 'count').map((f) => f.value);
    expect(counts).not.toContain('2022');
    expect(counts).not.toContain('22');
    expect(counts).not.toContain('2018');
  });

  it('gives every fact a value written in its sentence, and no date facts (another part reads those)', () => {
    for (const fact of extracted.facts) {
      expect(fact.kind).not.toBe('date');
      if (fact.kind !== 'list') expect(sentences[fact.sentence]).toContain(fact.value);
      for (const item of fact.items ?? []) expect(sentences[fact.sentence]).toContain(item);
    }
  });
});

describe('extractStructure on the seed article: lists', () => {
  it('lists the nine organisers', () => {
    const organisers = extracted.facts.find((f) => f.kind === 'list' && f.sentence === 18);
    expect(organisers?.description).toBe('jointly organized by');
    expect(organisers?.items).toEqual(seed.facts.find((f) => f.kind === 'list' && f.sentence === 18)?.items);
  });

  it('lists the companies given as examples', () => {
    expect(factAt('list', 'Huawei, Alibaba, and Changan Automobile', 5)).toMatchObject({
      items: ['Huawei', 'Alibaba', 'Changan Automobile'],
      qualifier: 'such as',
    });
  });
});

describe('extractStructure on the seed article: entities', () => {
  it('finds Lu Yong with his role and organisation, in every sentence naming him', () => {
    const lu = extracted.people.find((p) => p.name === 'Lu Yong');
    expect(lu).toMatchObject({
      role: 'Senior Vice President of Huawei and President of China Region',
      organisation: 'Huawei',
    });
    expect(lu?.sentences).toEqual(expect.arrayContaining([3, 9, 12, 16]));
  });

  it('knows Huawei, Alibaba and Changan Automobile as companies, "Changan" as the short name', () => {
    const names = new Map(extracted.organisations.map((o) => [o.name, o]));
    for (const name of ['Huawei', 'Alibaba', 'Changan Automobile'])
      expect(names.get(name)?.kind).toBe('company');
    expect(names.get('Changan Automobile')?.aliases).toContain('Changan');
    expect(names.get('Changan Automobile')?.sentences).toEqual([5, 17]);
  });

  it('knows Chongqing and Yunyang County as places, the county within the city', () => {
    const places = new Map(extracted.places.map((p) => [p.name, p]));
    expect(places.get('Chongqing')?.sentences).toEqual(expect.arrayContaining([0, 4, 7, 19, 22]));
    expect(places.get('Yunyang County')?.within).toBe('Chongqing');
    expect(extracted.people.map((p) => p.name)).not.toContain('Chongqing');
  });

  it('knows the Expo as an event with its short names', () => {
    const expo = extracted.events.find(
      (e) => e.name === '2022 China International Intelligent Industry Expo',
    );
    expect(expo?.aliases).toEqual(expect.arrayContaining(['Smart Expo', '2022 Smart Expo']));
    expect(expo?.sentences).toEqual(expect.arrayContaining([3, 18, 23, 25]));
  });

  it('takes no sentence-opening word for a name ("Citizens", "Launched", "Dynamic")', () => {
    const all = [...extracted.people, ...extracted.organisations, ...extracted.places, ...extracted.events];
    const names = all.flatMap((e) => [e.name, ...e.aliases]);
    for (const word of ['Citizens', 'Launched', 'Dynamic', 'Smart', 'After', 'It'])
      expect(names).not.toContain(word);
  });
});

describe('extractStructure on the seed article: quotes and topics', () => {
  it('gives Lu Yong his quotations, the first attributed in the sentence after it closes', () => {
    expect(extracted.quotes).toEqual(seed.quotes);
  });

  it('finds 3–6 lower-case topics led by the smart city', () => {
    expect(extracted.topics.length).toBeGreaterThanOrEqual(3);
    expect(extracted.topics.length).toBeLessThanOrEqual(6);
    expect(extracted.topics[0]).toBe('smart city');
    for (const topic of extracted.topics) expect(topic).toBe(topic.toLowerCase());
  });
});
