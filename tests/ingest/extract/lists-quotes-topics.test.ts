import { describe, expect, it } from 'vitest';
import {
  EventSchema,
  FactSchema,
  OrganisationSchema,
  PersonSchema,
  PlaceSchema,
  QuoteSchema,
} from '../../../src/core/brief.schema.js';
import { extractStructure } from '../../../src/ingest/extract/extract-structure.js';

function extract(...sentences: string[]) {
  return extractStructure(sentences, { published: '2024-05-01' });
}

function listsOf(...sentences: string[]) {
  return extract(...sentences).facts.filter((f) => f.kind === 'list');
}

describe('lists', () => {
  it('reads a list after a colon, the introducing words as its description', () => {
    const [list] = listsOf('Work will go on in four areas: roads, schools, water supply, and housing.');
    expect(list).toMatchObject({
      value: 'roads, schools, water supply, and housing',
      items: ['roads', 'schools', 'water supply', 'housing'],
      description: 'go on in four areas',
    });
  });

  it('reads a list without a comma before "and", its shared noun left out of the items', () => {
    const [list] = listsOf('There are also new energy, new materials and equity investment fund projects.');
    expect(list).toMatchObject({
      value: 'new energy, new materials and equity investment fund projects',
      items: ['new energy', 'new materials', 'equity investment fund'],
    });
  });

  it('reads two names given as examples', () => {
    const [list] = listsOf('He met leaders such as Xi Jinping and Joe Biden on Monday.');
    expect(list).toMatchObject({ items: ['Xi Jinping', 'Joe Biden'], qualifier: 'such as' });
  });

  it('takes no list from clauses joined by commas, or from a name and its role', () => {
    expect(listsOf('In 2018, the company grew, and profits rose.')).toEqual([]);
    expect(listsOf('Lu Yong, Senior Vice President of Huawei and President of China Region, said.')).toEqual(
      [],
    );
  });
});

describe('quotes', () => {
  it('gives a quotation to the person named after it', () => {
    const result = extract('‘I’d be over the moon to get it,’ said Gary Locke after training.');
    expect(result.quotes).toEqual([
      { speaker: 'Gary Locke', text: 'I’d be over the moon to get it', sentence: 0 },
    ]);
  });

  it('gives "he said" to the person last seen speaking', () => {
    const result = extract(
      'Lu Yong said that Huawei will gather the industries of the city.',
      '“At present, Huawei has reached cooperation intentions with more than 100 enterprises,” he said.',
    );
    expect(result.quotes).toMatchObject([{ speaker: 'Lu Yong', sentence: 1 }]);
  });

  it('follows a quotation over several sentences to the speaker named in the next one', () => {
    const result = extract(
      '“Smart cities require good perception.',
      'Huawei will work with the city from four aspects.”',
      'At the summit, Lu Yong, Senior Vice President of Huawei, said.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.sentence])).toEqual([
      ['Lu Yong', 0],
      ['Lu Yong', 1],
    ]);
  });

  it('reads straight single quotation marks without taking apostrophes for them', () => {
    const result = extract(
      'Arsenal defender Per Mertesacker says Klopp would be a top manager.',
      "He said: 'I've got some nice experiences in the Premier League and it's been great.'",
    );
    expect(result.quotes).toEqual([
      {
        speaker: 'Per Mertesacker',
        text: "I've got some nice experiences in the Premier League and it's been great.",
        sentence: 1,
      },
    ]);
  });

  it('leaves out a quoted phrase nobody is said to have said', () => {
    expect(
      extract('The observatory issued a “high temperature red warning signal” on Monday.').quotes,
    ).toEqual([]);
  });
});

describe('topics and the shape of the result', () => {
  const sentences = [
    'Huawei will help the city build a smart city with cloud computing.',
    'The smart city plan relies on computing power and cloud computing.',
    'Computing power is scarce, officials said, and the smart city needs more of it.',
  ];

  it('finds the repeated key phrases, lower case, the same every time', () => {
    const first = extract(...sentences).topics;
    expect(first.slice(0, 3)).toEqual(['smart city', 'cloud computing', 'computing power']);
    expect(extract(...sentences).topics).toEqual(first);
  });

  it('returns only objects the brief schema accepts', () => {
    const result = extract(
      'The 2022 Smart Expo is jointly organized by the Ministry of Science and Technology, the Chinese Academy of Sciences, and the Chongqing Municipal People’s Government.',
      '“It will help,” said Lu Yong, who spoke in Chongqing, where 70 projects worth 212.1 billion yuan were signed.',
      ...sentences,
    );
    const check = <T>(schema: { parse: (v: unknown) => T }, items: readonly unknown[]) => {
      for (const item of items) expect(() => schema.parse(item)).not.toThrow();
    };
    check(PersonSchema, result.people);
    check(OrganisationSchema, result.organisations);
    check(PlaceSchema, result.places);
    check(EventSchema, result.events);
    check(FactSchema, result.facts);
    check(QuoteSchema, result.quotes);
  });
});
