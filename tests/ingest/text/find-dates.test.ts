import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/ingest/text/find-dates.js';
import { readableDate } from '../../../src/ingest/text/format-date.js';

/** The seed article's date, a Monday. */
const ARTICLE_DATE = new Date('2022-08-22');

/** text → iso (granularity) for each date found, checking each text stands at its offsets. */
function datesIn(sentence: string, reference = ARTICLE_DATE): string[] {
  return findDates(sentence, reference).map((date) => {
    expect(sentence.slice(date.start, date.end)).toBe(date.text);
    return `${date.text} → ${date.iso} (${date.granularity})`;
  });
}

describe('findDates', () => {
  it('resolves the seed article’s dates against its date', () => {
    expect(datesIn('Launched in October this year.')).toEqual(['October this year → 2022-10 (month)']);
    expect(datesIn('On the 22nd, the observatory continued to issue a warning.')).toEqual([
      'the 22nd → 2022-08-22 (day)',
    ]);
    expect(datesIn('It is expected that from July 1 to August 25, the city may reach 40.8 days.')).toEqual([
      'July 1 to August 25 → 2022-07-01/2022-08-25 (range)',
    ]);
    expect(datesIn('As early as April 2018, the government joined hands with Huawei.')).toEqual([
      'April 2018 → 2018-04 (month)',
    ]);
    expect(datesIn('on the opening day of August 22, a total of 70 projects were signed')).toEqual([
      'August 22 → 2022-08-22 (day)',
    ]);
  });

  it('resolves relative dates and weekdays: past by default, future after "will"', () => {
    expect(datesIn('The minister resigned last week.')).toEqual([
      'last week → 2022-08-15/2022-08-21 (range)',
    ]);
    expect(datesIn('He said on Thursday that talks had failed.')).toEqual(['Thursday → 2022-08-18 (day)']);
    expect(datesIn('The Senate will vote on Thursday.')).toEqual(['Thursday → 2022-08-25 (day)']);
    expect(datesIn('He spoke Monday.')).toEqual(['Monday → 2022-08-22 (day)']);
    expect(datesIn('It happened three days ago, yesterday and today.')).toEqual([
      'three days ago → 2022-08-19 (day)',
      'yesterday → 2022-08-21 (day)',
      'today → 2022-08-22 (day)',
    ]);
    expect(datesIn('He visited last year and again earlier this month.')).toEqual([
      'last year → 2021 (year)',
      'this month → 2022-08 (month)',
    ]);
  });

  it('reads years after a preposition, year ranges and "between … and …"', () => {
    expect(datesIn('In 2018 the team won; by 2030 it will grow; between 2010 and 2015 it shrank.')).toEqual([
      '2018 → 2018 (year)',
      '2030 → 2030 (year)',
      '2010 and 2015 → 2010/2015 (range)',
    ]);
    expect(datesIn('It rained between July 1 and August 25.')).toEqual([
      'July 1 and August 25 → 2022-07-01/2022-08-25 (range)',
    ]);
    expect(datesIn('Sales rose from July to August.')).toEqual(['July to August → 2022-07/2022-08 (range)']);
  });

  it('leaves out what is not a date', () => {
    for (const sentence of [
      'The 2022 Smart Expo opened in the 21st Century Business Herald’s city.',
      'The city may reach 40.8 days, 20 days more, at 42 degrees at 5 pm.',
      'They will march to the sun within two weeks, right now.',
      'A total of 70 projects were signed, 80% of them new.',
    ]) {
      expect(datesIn(sentence)).toEqual([]);
    }
  });

  it('uses the reference’s calendar day whatever the local time zone', () => {
    expect(datesIn('He left yesterday.', new Date('2022-08-22T23:30:00Z'))).toEqual([
      'yesterday → 2022-08-21 (day)',
    ]);
    expect(datesIn('He left yesterday.', new Date('2022-08-22T00:30:00Z'))).toEqual([
      'yesterday → 2022-08-21 (day)',
    ]);
  });
});

describe('readableDate', () => {
  it('writes days, months, years and ranges the way a reader says them', () => {
    expect(readableDate('2022-08-22')).toBe('22 August 2022');
    expect(readableDate('2022-10')).toBe('October 2022');
    expect(readableDate('2018')).toBe('2018');
    expect(readableDate('2022-07-01/2022-08-25')).toBe('1 July to 25 August 2022');
    expect(readableDate('2022-07-01/2022-07-25')).toBe('1 to 25 July 2022');
    expect(readableDate('2021-12-30/2022-01-02')).toBe('30 December 2021 to 2 January 2022');
    expect(readableDate('2022-07/2022-08')).toBe('July to August 2022');
    expect(readableDate('2010/2015')).toBe('2010 to 2015');
  });
});
