import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../src/core/brief.schema.js';
import { buildBrief } from '../../../src/ingest/build-brief.js';
import { readHeaderLine } from '../../../src/ingest/text/header-dates.js';

/** The day the tests ingest on: an article's date must never fall back to it. */
const NOW = new Date('2025-06-02T09:30:00Z');
const TODAY = '2025-06-02';

const TITLE = 'City approves record budget for buses and schools';
const BODY = [
  'The city council voted 7-2 on Tuesday to approve a budget of 212 million dollars for the coming year, the largest in its history.',
  'Mayor Ana Silva said the plan would add 40 bus routes and pay for 320 new teachers. "This is a budget for the people who ride the buses every day," she said.',
  'Opponents on the council said the city had not explained how it would pay for the new routes once a federal grant runs out in 2026.',
].join('\n\n');

/** A plain-text article as people paste it: the headline, the header lines, a blank line, the story. */
function article(header: string, body = BODY): string {
  return `${TITLE}\n${header}\n\n${body}`;
}

function ingest(text: string, published?: string): Brief {
  return buildBrief({ origin: 'test.txt', text, ...(published ? { published } : {}) }, { now: NOW });
}

/** The header lines left the body: none of them is, or is inside, a sentence a reader may be shown. */
function expectHeaderCut(brief: Brief, header: string) {
  expect(brief.text.body.startsWith('The city council voted 7-2 on Tuesday')).toBe(true);
  for (const line of header.split('\n')) {
    expect(brief.text.body).not.toContain(line);
    for (const sentence of brief.text.sentences) expect(sentence.text).not.toContain(line);
  }
}

describe('the article’s date from a plain-text header line', () => {
  const shapes: [string, string, { author?: string; outlet?: string }?][] = [
    // Agency and newspaper bylines with the date after a bar, a dot or a slash
    ['By Associated Press | March 25, 2023', '2023-03-25', { outlet: 'Associated Press' }],
    ['By Jane Doe, Reuters | Published: 25/03/2023', '2023-03-25', { author: 'Jane Doe', outlet: 'Reuters' }],
    ['Jane Doe | Reuters | March 25, 2023', '2023-03-25', { author: 'Jane Doe', outlet: 'Reuters' }],
    ['By Jane Doe · March 25, 2023', '2023-03-25', { author: 'Jane Doe' }],
    ['March 25, 2023 | By Jane Doe', '2023-03-25', { author: 'Jane Doe' }],
    ['By Jane Doe, March 25, 2023', '2023-03-25', { author: 'Jane Doe' }],
    [
      'By JANE DOE Associated Press\nMarch 25, 2023',
      '2023-03-25',
      { author: 'Jane Doe', outlet: 'Associated Press' },
    ],
    ['Posted on March 25, 2023 by Jane Doe', '2023-03-25', { author: 'Jane Doe' }],
    // Labels, times and time zones
    ['Published March 25, 2023 at 1:16 p.m.', '2023-03-25'],
    ['Published 1:16 PM ET, Saturday, March 25, 2023', '2023-03-25'],
    ['March 25, 2023 at 1:16 p.m. EDT', '2023-03-25'],
    ['Updated 13:16 GMT, 25 March 2023', '2023-03-25'],
    ['Posted: March 25, 2023 13:16 UTC+1', '2023-03-25'],
    ['Last modified on Sat 25 Mar 2023 13.16 GMT', '2023-03-25'],
    ['First published on Sat 25 Mar 2023 13.16 GMT', '2023-03-25'],
    ['Mar 25, 2023 — 1:16 PM', '2023-03-25'],
    ['March 25, 2023 / 9:00 AM / Updated 2 hours ago', '2023-03-25'],
    ['Politics · Saturday 25 March 2023 09:00 BST', '2023-03-25'],
    // The date alone, as written in several ways
    ['Mar. 25, 2023', '2023-03-25'],
    ['25 March 2023', '2023-03-25'],
    ['Saturday, March 25, 2023', '2023-03-25'],
    ['2023-03-25', '2023-03-25'],
    ['2023-03-25T13:16:00Z', '2023-03-25'],
    // Numeric dates: day first when the first number is over 12 or the line is European; else month first
    ['Published 25.03.2023', '2023-03-25'],
    ['Published 05/04/2023 13:16 BST', '2023-04-05'],
    ['Published 05/04/2023 1:16 PM ET', '2023-05-04'],
    // Published and Updated: the published date is the article's, wherever it stands
    [
      'By Daily Mail Reporter\nPUBLISHED: 12:01 EST, 3 April 2015 | UPDATED: 14:22 EST, 4 April 2015',
      '2015-04-03',
      { outlet: 'Daily Mail' },
    ],
    [
      'By Jane Doe | Published March 25, 2023 1:16 p.m. EDT | Updated March 26, 2023 9:00 a.m. EDT',
      '2023-03-25',
      { author: 'Jane Doe' },
    ],
    ['Updated: March 26, 2023 | Published: March 25, 2023', '2023-03-25'],
    ['Published March 25, 2023 Updated March 26, 2023, 9:00 a.m. ET', '2023-03-25'],
    ['Updated March 26, 2023\nPublished March 25, 2023', '2023-03-25'],
  ];

  it.each(shapes)('%j → %s', (header, date, fields = {}) => {
    const brief = ingest(article(header));
    expect(brief.published).toBe(date);
    expect(brief.undated).toBeUndefined();
    expect(brief.id.startsWith(date)).toBe(true);
    expect(brief.title).toBe(TITLE);
    expect(brief).toMatchObject(fields);
    expectHeaderCut(brief, header);
  });

  it('takes the date from the DailyMail header run into the first sentence and leaves the sentence whole', () => {
    const text = `By . Daily Mail Reporter . PUBLISHED: . 12:01 EST, 3 April 2015 . | . UPDATED: . 14:22 EST, 4 April 2015 . ${BODY}`;
    const brief = ingest(text);
    expect(brief.published).toBe('2015-04-03');
    expect(brief.text.sentences[0]?.text).toMatch(/^The city council voted 7-2 on Tuesday/);
  });

  it('uses an "Updated" date when it is the only one the page gives', () => {
    const brief = ingest(article('Updated 10:41 AM ET, Mon March 27, 2023'));
    expect(brief.published).toBe('2023-03-27');
    expect(brief.undated).toBeUndefined();
  });

  it('reads a byline or labelled date line that follows a standfirst, and cuts it from the body', () => {
    const standfirst = 'The plan adds 40 bus routes and 320 teachers, paid for by a new parking levy.';
    for (const line of ['By Jane Doe | March 25, 2023', 'Published March 25, 2023 at 1:16 p.m.']) {
      const brief = ingest(article(`${standfirst}\n${line}`));
      expect(brief.published).toBe('2023-03-25');
      expect(brief.text.body).not.toContain(line);
      expect(brief.text.sentences[0]?.text).toBe(standfirst);
    }
  });

  it('lets a date that came with the input win, and still cuts the header line', () => {
    const brief = ingest(article('By Associated Press | March 25, 2023'), '2023-03-24T22:00:00Z');
    expect(brief.published).toBe('2023-03-24');
    expectHeaderCut(brief, 'By Associated Press | March 25, 2023');
  });
});

describe('dates that are not the article’s', () => {
  it('never takes a date the story mentions, in its first sentence or on a line of its own below it', () => {
    const body = [
      'On March 25, 2023, the city council voted 7-2 to approve a budget of 212 million dollars.',
      'March 3, 2021',
      'That was the date of the last budget vote, which failed by one vote, Mayor Ana Silva said.',
    ].join('\n');
    const brief = ingest(`${TITLE}\n\n${body}`);
    expect(brief.undated).toBe(true);
    expect(brief.text.body).toContain('On March 25, 2023, the city council');
    expect(brief.text.body).toContain('March 3, 2021');
    // The date stays a fact of the story.
    expect(brief.facts.some((f) => f.kind === 'date' && f.value === 'March 25, 2023')).toBe(true);
  });

  it('does not take a date from a headline that mentions one', () => {
    const brief = ingest(`Council to vote on March 25, 2023 budget\n\n${BODY}`);
    expect(brief.title).toBe('Council to vote on March 25, 2023 budget');
    expect(brief.undated).toBe(true);
  });

  it('takes no line for a header unless every part of it is a byline, a date, a time or page furniture', () => {
    for (const line of [
      'Storm hits coast - live updates',
      'Biden | Trump',
      'The vote | March 25, 2023',
      'Council to vote on March 25, 2023',
      'March 25, 2023: the day the council voted',
      'Published reports say the council voted on March 25, 2023.',
      'Updated plans | 2 hours ago',
    ]) {
      expect(readHeaderLine(line), line).toBeUndefined();
    }
  });

  it('does not read a date from "2 hours ago", but still cuts the line', () => {
    const brief = ingest(article('By Jane Doe | Updated 2 hours ago'));
    expect(brief.undated).toBe(true);
    expect(brief.author).toBe('Jane Doe');
    expectHeaderCut(brief, 'By Jane Doe | Updated 2 hours ago');
  });
});

describe('an article that gives no date', () => {
  const text = [
    'Harbour works paused after storm',
    'By Jane Doe, Coast Daily',
    '',
    'The harbour works paused last Friday after a storm damaged the new sea wall, the port authority said.',
    '',
    'Work will restart next month once engineers have checked the wall, a spokesman said. The repairs are expected to cost 2 million dollars.',
  ].join('\n');

  it('is undated, not dated today; `published` keeps the day it was added', () => {
    const brief = ingest(text);
    expect(brief.undated).toBe(true);
    expect(brief.published).toBe(TODAY);
    expect(brief.addedAt).toBe(NOW.toISOString());
    expect(brief).toMatchObject({ author: 'Jane Doe', outlet: 'Coast Daily' });
  });

  it('keeps its relative dates as written', () => {
    const brief = ingest(text);
    const dates = brief.facts.filter((f) => f.kind === 'date');
    expect(dates.map((f) => [f.value, f.date])).toEqual([
      ['last Friday', undefined],
      ['next month', undefined],
    ]);
  });

  it('is dated when the same text comes with a date', () => {
    const brief = ingest(text, '2024-05-10');
    expect(brief.undated).toBeUndefined();
    expect(brief.published).toBe('2024-05-10');
    expect(brief.facts.find((f) => f.text === 'last Friday')).toMatchObject({ date: '2024-05-03' });
  });
});
