import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../src/ingest/text/read-metadata.js';

describe('readMetadata', () => {
  it('reads a headline, a Reuters byline and dateline, keeping the dateline in the body', () => {
    const text =
      'Oil prices jump as supply fears grow\n\nBy Jane Doe and John Roe, Reuters\n\nLONDON (Reuters) - Oil prices rose on Monday. They fell later.';
    expect(readMetadata(text)).toEqual({
      title: 'Oil prices jump as supply fears grow',
      author: 'Jane Doe and John Roe',
      outlet: 'Reuters',
      dateline: 'London',
      body: 'LONDON (Reuters) - Oil prices rose on Monday. They fell later.',
    });
  });

  it('removes a DailyMail header run into the first sentence and reads it', () => {
    const text =
      'By . Daily Mail Reporter . PUBLISHED: . 07:47 EST, 8 January 2014 . | . UPDATED: . 09:09 EST, 8 January 2014 . A woman has been jailed. Scroll down for video . She appealed.';
    expect(readMetadata(text)).toEqual({
      published: '2014-01-08',
      outlet: 'Daily Mail',
      body: 'A woman has been jailed. She appealed.',
    });
  });

  it('reads a DailyMail byline with two authors and the older "Last updated" form', () => {
    const text =
      'By . Lydia Warren and Jill Reilly . Last updated at 3:04 PM on 24th October 2011 . A man was seen.';
    expect(readMetadata(text)).toEqual({
      author: 'Lydia Warren and Jill Reilly',
      published: '2011-10-24',
      body: 'A man was seen.',
    });
  });

  it('reads Xinhua, CNN and em-dash datelines without changing the body', () => {
    const cases = [
      ['BEIJING, Aug. 22 (Xinhua) -- China launched a satellite.', { outlet: 'Xinhua', dateline: 'Beijing' }],
      [
        'LONDON, England (CNN) -- After a week away, Zaki returned.',
        { outlet: 'CNN', dateline: 'London, England' },
      ],
      ['(CNN)They may not be "Star Trek"-type extraterrestrials.', { outlet: 'CNN' }],
      ['(CNN) -- What could be more powerful than tears?', { outlet: 'CNN' }],
      ['WHITE HOUSE — U.S. Secretary of State Mike Pompeo will meet.', { dateline: 'White House' }],
    ] as const;
    for (const [text, fields] of cases) expect(readMetadata(text)).toEqual({ ...fields, body: text });
  });

  it('reads labelled lines and a "Name, Staff Writer" signature', () => {
    const text =
      'Title: Storm hits coast\nPublished: 22 August 2022\n\nJane Doe, Staff Writer\n\nThe storm hit the coast.';
    expect(readMetadata(text)).toEqual({
      title: 'Storm hits coast',
      published: '2022-08-22',
      author: 'Jane Doe',
      body: 'The storm hit the coast.',
    });
  });

  it('reads a bare headline, a date line and an all-capital byline', () => {
    const text = 'Storm hits coast\nAugust 22, 2022\nBy JANE DOE\nThe storm hit the coast.';
    expect(readMetadata(text)).toEqual({
      title: 'Storm hits coast',
      published: '2022-08-22',
      author: 'Jane Doe',
      body: 'The storm hit the coast.',
    });
  });

  it('keeps a reporter line in the body but reads its outlet, author and place', () => {
    const text = 'Xinhua reporter Li Wei reports from Chengdu\n\nThe expo opened.';
    expect(readMetadata(text)).toEqual({
      outlet: 'Xinhua',
      author: 'Li Wei',
      dateline: 'Chengdu',
      body: text,
    });
  });

  it('reads metadata only from the first lines, and never cuts the text after them', () => {
    const text = `${'Storm hits coast\n'.repeat(9)}By Jane Doe\nThe storm hit the coast.`;
    const metadata = readMetadata(text);
    expect(metadata.author).toBeUndefined();
    expect(metadata.body).toContain('By Jane Doe\nThe storm hit the coast.');
  });

  it('takes nothing from ordinary text', () => {
    for (const text of [
      'NASA said on Monday it would launch.',
      'The collapse of the U.S. Senate effort has thrown the bill into question.\nThe Senate voted.',
      'By the end of the day, the market had recovered.',
    ]) {
      expect(readMetadata(text)).toEqual({ body: text });
    }
  });
});
