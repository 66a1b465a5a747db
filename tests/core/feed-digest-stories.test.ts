import { describe, expect, it } from 'vitest';
import { selectStories } from '../../src/core/digest/select-stories.js';
import { briefFromText } from '../helpers/brief-from-text.js';

const WINDOW = { since: '2026-11-30T00:00:00Z', now: '2026-12-01T08:00:00Z', topics: [] };
const added = { addedAt: '2026-11-30T12:00:00Z' };
const GAZETTE = 'https://gazette.example/feed.xml';
const SPORTS = 'https://sports.example/rss';

const briefs = [
  briefFromText('2026-11-30-dropped-in', 'A dropped-in report', 'The council met on Monday.', added),
  briefFromText('2026-11-30-harbour', 'Harbour wall to be repaired', 'The harbour wall will be repaired.', {
    ...added,
    feed: GAZETTE,
  }),
  briefFromText('2026-11-30-derby', 'Harbour derby ends in a draw', 'The sport derby ended 1-1.', {
    ...added,
    feed: GAZETTE,
  }),
  briefFromText('2026-11-30-cup', 'Cup final tonight', 'The final kicks off at eight.', {
    ...added,
    feed: SPORTS,
  }),
];
const ids = (feeds: Parameters<typeof selectStories>[1]['feeds']) =>
  selectStories(briefs, { ...WINDOW, ...(feeds ? { feeds } : {}) })
    .stories.map((b) => b.id)
    .sort();

describe('feed stories in a channel’s digest', () => {
  it('go only to the channels that follow the feed, through its word filters', () => {
    expect(ids([{ url: GAZETTE, include: [], exclude: ['sport'] }])).toEqual([
      '2026-11-30-dropped-in',
      '2026-11-30-harbour',
    ]);
    expect(ids([{ url: SPORTS, include: [], exclude: [] }])).toEqual([
      '2026-11-30-cup',
      '2026-11-30-dropped-in',
    ]);
    expect(ids([])).toEqual(['2026-11-30-dropped-in']);
  });

  it('are all kept by a caller that knows no feeds', () => {
    expect(ids(undefined)).toHaveLength(4);
  });
});
