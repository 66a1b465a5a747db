import { describe, expect, it } from 'vitest';
import { extractStructure } from '../../../src/ingest/extract/extract-structure.js';

function extract(...sentences: string[]) {
  return extractStructure(sentences, { published: '2024-05-01' });
}

function namesOf(result: ReturnType<typeof extract>): string[] {
  return [...result.people, ...result.organisations, ...result.places, ...result.events].flatMap((e) => [
    e.name,
    ...e.aliases,
  ]);
}

describe('people', () => {
  it('takes no capitalised modifier for a person ("Norman adventurers")', () => {
    const result = extract(
      'Norman adventurers founded a kingdom in Sicily.',
      'The Norman adventurers said they would stay.',
    );
    expect(result.people).toEqual([]);
    expect(namesOf(result)).not.toContain('Norman');
  });

  it('takes no word for a name just because it opens the sentence', () => {
    const result = extract('Citizens can watch the exhibition online.', 'Analysts expect growth to slow.');
    expect(namesOf(result)).toEqual([]);
  });

  it('reads a title before a name as the role, not part of the name', () => {
    const result = extract('Both parties said President Donald Trump had sunk the deal.');
    expect(result.people).toMatchObject([{ name: 'Donald Trump', role: 'President' }]);
  });

  it('reads a role and an organisation from an apposition', () => {
    const result = extract('Lu Yong, Senior Vice President of Huawei and President of China Region, said.');
    expect(result.people[0]).toMatchObject({
      name: 'Lu Yong',
      role: 'Senior Vice President of Huawei and President of China Region',
      organisation: 'Huawei',
    });
    expect(result.places.map((p) => p.name)).not.toContain('China Region');
  });

  it('reads a role noun before a name, with the outlet before it', () => {
    const result = extract('21st Century Business Herald reporter Wen Jing reports from Chongqing');
    expect(result.people).toMatchObject([
      { name: 'Wen Jing', role: 'reporter', organisation: '21st Century Business Herald' },
    ]);
    expect(result.organisations[0]).toMatchObject({
      name: '21st Century Business Herald',
      kind: 'media outlet',
    });
  });

  it('takes the subject of "said" as a person and the surname used later as the same person', () => {
    const result = extract(
      'Gary Locke said the deal was close.',
      'The club thanked Locke for his patience.',
      '‘I am delighted,’ said Locke.',
    );
    expect(result.people).toEqual([{ name: 'Gary Locke', aliases: ['Locke'], sentences: [0, 1, 2] }]);
  });
});

describe('organisations, places and events', () => {
  it('knows bodies by their head words and acronyms', () => {
    const result = extract(
      'The Ministry of Science and Technology and the Chongqing Meteorological Bureau met CCID officials.',
    );
    expect(result.organisations.map((o) => [o.name, o.kind])).toEqual([
      ['Ministry of Science and Technology', 'government ministry'],
      ['Chongqing Meteorological Bureau', 'government body'],
      ['CCID', 'organisation'],
    ]);
  });

  it('takes the items of "companies such as …" for companies', () => {
    const result = extract('Firms such as Zentrix, Movari and Quellon Motors sent speakers.');
    expect(result.organisations.map((o) => [o.name, o.kind])).toEqual([
      ['Zentrix', 'company'],
      ['Movari', 'company'],
      ['Quellon Motors', 'company'],
    ]);
  });

  it('knows places from the list, from head words and from "in", with where they lie', () => {
    const result = extract(
      'The government of Yunyang County in Chongqing built a data centre in the northeastern Chongqing area.',
      'Workers travelled from Brullsen to Paris.',
    );
    const places = new Map(result.places.map((p) => [p.name, p]));
    expect(places.get('Yunyang County')?.within).toBe('Chongqing');
    expect(places.get('Paris')?.within).toBe('France');
    expect(places.get('northeastern Chongqing area')?.aliases).toEqual(['northeastern Chongqing']);
    expect(places.has('Brullsen')).toBe(true);
    expect(result.organisations.map((o) => o.name)).toContain('government of Yunyang County');
  });

  it('reads an event with its year and the short name the article gives it', () => {
    const result = extract(
      'The 2022 China International Intelligent Industry Expo (hereinafter referred to as the Smart Expo) opened.',
      'The Smart Expo closed early.',
    );
    expect(result.events).toEqual([
      {
        name: '2022 China International Intelligent Industry Expo',
        aliases: ['Smart Expo'],
        date: '2022',
        sentences: [0, 1],
      },
    ]);
  });

  it('takes no quoted theme or slogan for a name', () => {
    const result = extract('The expo focuses on the annual theme of “Smart City”.');
    expect(namesOf(result)).not.toContain('Smart City');
  });
});
