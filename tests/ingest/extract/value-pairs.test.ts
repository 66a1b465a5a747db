import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/brief.schema.js';
import { extractStructure } from '../../../src/ingest/extract/extract-structure.js';

/** The figure facts of one invented sentence (statements and lists left out). */
function figures(sentence: string): Fact[] {
  return extractStructure([sentence], { published: '2024-05-01' }).facts.filter(
    (f) => f.kind !== 'statement' && f.kind !== 'list',
  );
}

function only(sentence: string): Fact {
  const facts = figures(sentence);
  expect(facts, JSON.stringify(facts)).toHaveLength(1);
  return facts[0] as Fact;
}

describe('whole values', () => {
  it.each([
    ['The charity raised more than $15 billion over a decade.', 'more than $15 billion', 15e9, 'more than'],
    ['The port handled £40m of cargo and $2bn of fuel.', '£40m', 40e6, undefined],
    ['Engineers laid twenty-five kilometres of track.', 'twenty-five kilometres', 25, undefined],
    ['The museum lent out two dozen paintings.', 'two dozen', 24, undefined],
  ])('%s → %s', (sentence, value, number, qualifier) => {
    const [first] = figures(sentence);
    expect(first).toMatchObject({ value, number });
    expect(first?.qualifier).toBe(qualifier);
  });

  it('keeps a scale that follows a currency sign: "$2bn", "£40m"', () => {
    expect(figures('The port handled £40m of cargo and $2bn of fuel.').map((f) => f.value)).toEqual([
      '£40m',
      '$2bn',
    ]);
  });
});

describe('scores and tallies', () => {
  it.each([
    ['The assembly approved the budget 148-139 after midnight.', '148-139', [148, 139]],
    ['The Rovers edged the Harriers 2-1 in extra time.', '2-1', [2, 1]],
    ['The motion carried by a margin of 61 to 44.', '61 to 44', [61, 44]],
    ['The sides drew 0-0 in the rain.', '0-0', [0, 0]],
  ])('%s → %s', (sentence, value, numbers) => {
    expect(only(sentence)).toMatchObject({ kind: 'count', value, shape: 'score', numbers });
  });

  it('does not read a model number, a telephone number or a season as a score', () => {
    expect(figures('The carrier ordered an Airbus 320-200 for the route.')).toEqual([]);
    expect(figures('Readers can call 555-1234 for tickets.')).toEqual([]);
    expect(figures('The 2019-20 season was cut short.')).toEqual([]);
  });
});

describe('ranges', () => {
  it.each([
    ['Fares went up between 12 and 18 percent.', 'percent', 'between 12 and 18 percent', [12, 18]],
    ['Fares went up 12-18% this spring.', 'percent', '12-18%', [12, 18]],
    ['The bridge will cost $40-55 million to repair.', 'money', '$40-55 million', [40e6, 55e6]],
    ['The survey took 3-4 weeks to finish.', 'duration', '3-4 weeks', [3, 4]],
    ['Between 200 and 300 volunteers cleaned the beach.', 'count', 'Between 200 and 300', [200, 300]],
    ['Classes of 25 to 30 pupils are common.', 'count', '25 to 30', [25, 30]],
  ])('%s → %s', (sentence, kind, value, numbers) => {
    const fact = only(sentence);
    expect(fact).toMatchObject({ kind, value, shape: 'range', numbers });
    expect(fact.number).toBeUndefined();
  });

  it('keeps "from … to …" as a change: the two numbers are not one range', () => {
    const facts = figures('Fares climbed from 12 to 18 percent.');
    expect(facts.map((f) => f.value)).toEqual(['18 percent']);
    expect(facts[0]?.shape).toBeUndefined();
  });
});

describe('parts of a whole', () => {
  it('reads both numbers and what they count', () => {
    expect(only('Only 9 of 412 seedlings survived the frost.')).toMatchObject({
      kind: 'count',
      value: 'Only 9 of 412',
      number: 9,
      numbers: [9, 412],
      shape: 'ratio',
      unit: 'seedlings',
    });
    expect(only('Four out of ten tenants had complained.')).toMatchObject({
      value: 'Four out of ten',
      numbers: [4, 10],
      unit: 'tenants',
    });
    expect(only('Two of the seven jurors dissented.')).toMatchObject({
      value: 'Two of the seven',
      unit: 'jurors',
    });
  });
});
