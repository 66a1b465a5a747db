import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/brief.schema.js';
import { extractStructure } from '../../../src/ingest/extract/extract-structure.js';

function factsOf(sentence: string): Fact[] {
  return extractStructure([sentence], { published: '2024-05-01' }).facts.filter(
    (f) => f.kind !== 'statement',
  );
}

function only(sentence: string): Fact {
  const facts = factsOf(sentence);
  expect(facts, JSON.stringify(facts)).toHaveLength(1);
  return facts[0] as Fact;
}

describe('money', () => {
  it.each([
    ['The start-up raised $3.5 million from investors.', '$3.5 million', 3_500_000, 'USD'],
    ['The club paid £20m for the striker.', '£20m', 20_000_000, 'GBP'],
    ['Sales reached 212.1 billion yuan last year.', '212.1 billion yuan', 212_100_000_000, 'CNY'],
    ['The fund holds €1,250 in reserve.', '€1,250', 1250, 'EUR'],
    ['The ministry spent five million dollars on repairs.', 'five million dollars', 5_000_000, 'USD'],
    ['The deal is worth US$2bn to the company.', 'US$2bn', 2_000_000_000, 'USD'],
  ])('%s → %s', (sentence, value, number, unit) => {
    expect(only(sentence)).toMatchObject({ kind: 'money', value, number, unit });
  });

  it('reads "pounds" as weight where the sentence weighs something', () => {
    expect(only('The kite weighs 200 pounds.')).toMatchObject({ kind: 'quantity', unit: 'pounds' });
  });
});

describe('percentages and temperatures', () => {
  it.each([
    ['Prices rose 12 percent in March.', '12 percent', 12],
    ['Turnout was 80% of registered voters.', '80%', 80],
    ['The rate fell by 3.5 per cent.', '3.5 per cent', 3.5],
  ])('%s → %s', (sentence, value, number) => {
    expect(only(sentence)).toMatchObject({ kind: 'percent', value, number, unit: '%' });
  });

  it.each([
    ['The maximum temperature in the city was 42 degrees.', '42 degrees', 42, '°C'],
    ['Overnight the temperature dropped to -5C.', '-5C', -5, '°C'],
    ['It reached 104°F in Phoenix.', '104°F', 104, '°F'],
  ])('%s → %s', (sentence, value, number, unit) => {
    expect(only(sentence)).toMatchObject({ kind: 'temperature', value, number, unit });
  });

  it('does not take an angle for a temperature when nothing speaks of weather', () => {
    expect(factsOf('The skater spun through 360 degrees.').map((f) => f.kind)).not.toContain('temperature');
  });
});

describe('durations and quantities', () => {
  it.each([
    ['The repairs took six months.', 'six months', 6, 'months'],
    ['Hot days may reach 40.8 days this summer.', '40.8 days', 40.8, 'days'],
    ['He signed a three-year deal.', 'three-year', 3, 'years'],
  ])('%s → %s', (sentence, value, number, unit) => {
    expect(only(sentence)).toMatchObject({ kind: 'duration', value, number, unit });
  });

  it.each([
    ['The pipeline runs 1,200 km across the desert.', '1,200 km', 1200, 'km'],
    ['The harbour handled 3 million tonnes of grain.', '3 million tonnes', 3_000_000, 'tonnes'],
    ['The kite measured 6,000 metres from end to end.', '6,000 metres', 6000, 'metres'],
  ])('%s → %s', (sentence, value, number, unit) => {
    expect(only(sentence)).toMatchObject({ kind: 'quantity', value, number, unit });
  });

  it('reads an age in an apposition', () => {
    expect(only('Klopp, 47, announced his departure.')).toMatchObject({
      kind: 'quantity',
      value: '47',
      description: 'age',
    });
  });
});

describe('counts and qualifiers', () => {
  it.each([
    ['More than 100 enterprises joined the platform.', 'More than 100', 'more than', 'enterprises'],
    ['About 1,200 homes were destroyed by the storm.', 'About 1,200', 'about', 'homes'],
    ['Nearly 40 villages lost power.', 'Nearly 40', 'nearly', 'villages'],
    ['At least 12 people died in the fire.', 'At least 12', 'at least', 'people'],
    ['Teams from over 13 countries took part.', 'over 13', 'over', 'countries'],
  ])('%s → %s', (sentence, value, qualifier, unit) => {
    expect(only(sentence)).toMatchObject({ kind: 'count', value, qualifier, unit });
  });

  it('names what is counted and what happened to it', () => {
    const fact = only('A total of 70 major investment projects were signed and landed in Chongqing.');
    expect(fact).toMatchObject({ value: '70', number: 70, unit: 'projects' });
    expect(fact.description).toBe('major investment projects signed and landed in Chongqing');
  });

  it('takes no year, date, time or model number for a count, and reads a score as one value', () => {
    const sentence =
      'In 2018, on March 5 at 10:30, the team won 2-1 and flew a Boeing 737 past COVID-19 signs on the 22nd.';
    expect(factsOf(sentence)).toEqual([
      expect.objectContaining({ kind: 'count', value: '2-1', shape: 'score', numbers: [2, 1] }),
    ]);
  });

  it('reads "one in five" as a rate, not as a count of five', () => {
    expect(only('One in five divorcees retire in poverty.')).toMatchObject({
      value: 'One in five',
      shape: 'ratio',
      numbers: [1, 5],
      unit: 'divorcees',
    });
  });
});
