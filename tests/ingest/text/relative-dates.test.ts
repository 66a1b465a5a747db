import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../../src/ingest/build-brief.js';
import { findDates } from '../../../src/ingest/text/find-dates.js';
import { readTenses, tenseAt } from '../../../src/ingest/text/tense.js';

/** An invented article date: Wednesday 15 March 2023. */
const MID_MARCH = new Date('2023-03-15');

function isoOf(sentence: string, reference = MID_MARCH): string[] {
  return findDates(sentence, reference).map((date) => `${date.text} → ${date.iso}`);
}

describe('months without a year', () => {
  it('places "last", "next" and "this" against the article’s month', () => {
    expect(isoOf('The mill shut its doors last October.')).toEqual(['last October → 2022-10']);
    expect(isoOf('The mill shut its doors last February.')).toEqual(['last February → 2023-02']);
    expect(isoOf('Last March, the mill shut its doors.')).toEqual(['Last March → 2022-03']);
    expect(isoOf('The mill reopens next January.')).toEqual(['next January → 2024-01']);
    expect(isoOf('The mill reopens next June.')).toEqual(['next June → 2023-06']);
    expect(isoOf('The mill reopens this November.')).toEqual(['this November → 2023-11']);
  });

  it('never puts a past event after the article: a month still to come is last year’s', () => {
    expect(isoOf('The ferry sank in October.')).toEqual(['October → 2022-10']);
    expect(isoOf('In October, the ferry sank.')).toEqual(['October → 2022-10']);
    expect(isoOf('The ferry sank on March 28.')).toEqual(['March 28 → 2022-03-28']);
    expect(isoOf('The ferry sank in January.')).toEqual(['January → 2023-01']);
    expect(isoOf('The ferry sank on March 2.')).toEqual(['March 2 → 2023-03-02']);
  });

  it('puts a future event ahead, and a present one in the article’s year', () => {
    expect(isoOf('The ferry will sail in October.')).toEqual(['October → 2023-10']);
    expect(isoOf('The ferry is expected to sail in January.')).toEqual(['January → 2024-01']);
    expect(isoOf('The ferry sails in October.')).toEqual(['October → 2023-10']);
  });

  it('takes the tense of the date’s own clause', () => {
    expect(isoOf('The council said in November that the ferry will sail.')).toEqual(['November → 2022-11']);
    expect(isoOf('Officials, who met in May, will decide in June.')).toEqual([
      'May → 2022-05',
      'June → 2023-06',
    ]);
  });

  it('runs a range forward across the new year', () => {
    expect(isoOf('The works ran from November to February.')).toEqual([
      'November to February → 2022-11/2023-02',
    ]);
    expect(isoOf('The hall was shut between December 20 and January 4.')).toEqual([
      'December 20 and January 4 → 2022-12-20/2023-01-04',
    ]);
  });

  it('reads a day of the month alone by the same rule', () => {
    expect(isoOf('The vote took place on the 28th.')).toEqual(['the 28th → 2023-02-28']);
    expect(isoOf('The vote will take place on the 2nd.')).toEqual(['the 2nd → 2023-04-02']);
    expect(isoOf('The vote takes place on the 20th.')).toEqual(['the 20th → 2023-03-20']);
  });
});

describe('weekdays and relative words', () => {
  it('reads a weekday before the article in the past and after it in the future', () => {
    expect(isoOf('The mayor resigned on Friday.')).toEqual(['Friday → 2023-03-10']);
    expect(isoOf('The mayor resigned Wednesday.')).toEqual(['Wednesday → 2023-03-15']);
    expect(isoOf('The mayor will resign on Friday.')).toEqual(['Friday → 2023-03-17']);
    expect(isoOf('The mayor will resign next Monday.')).toEqual(['next Monday → 2023-03-20']);
    expect(isoOf('The mayor resigned last Monday.')).toEqual(['last Monday → 2023-03-13']);
  });

  it('reads yesterday, last year and next year from the article’s date', () => {
    expect(isoOf('The mayor resigned yesterday.')).toEqual(['yesterday → 2023-03-14']);
    expect(isoOf('The mayor resigned last year.')).toEqual(['last year → 2022']);
    expect(isoOf('The mayor will stand again next year.')).toEqual(['next year → 2024']);
  });
});

describe('readTenses', () => {
  it('finds the tense of a clause, or of the nearest clause that has a verb', () => {
    const sentence = 'In May, the bridge closed, and it will reopen in June.';
    const tenses = readTenses(sentence);
    expect(tenseAt(tenses, sentence.indexOf('May'))).toBe('past');
    expect(tenseAt(tenses, sentence.indexOf('June'))).toBe('future');
    expect(tenseAt(readTenses('Tickets cost more in June.'), 20)).toBe('present');
  });
});

describe('an article with and without its own date', () => {
  const text = 'Harbour works paused\n\nThe harbour works paused last September after a storm.';

  it('resolves relative dates against the published date', () => {
    const brief = buildBrief({ origin: 'test', text, published: '2023-03-15' });
    const date = brief.facts.find((f) => f.kind === 'date');
    expect(date).toMatchObject({ value: 'September 2022', text: 'last September', date: '2022-09' });
  });

  it('keeps them as written, with no invented year, when the article has no date', () => {
    const brief = buildBrief({ origin: 'test', text }, { now: new Date('2030-06-01') });
    const date = brief.facts.find((f) => f.kind === 'date');
    expect(date).toMatchObject({ value: 'last September' });
    expect(date?.date).toBeUndefined();
  });
});
