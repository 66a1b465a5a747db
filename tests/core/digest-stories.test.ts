import { describe, expect, it } from 'vitest';
import { digestReply } from '../../src/core/digest/digest-reply.js';
import { DIGEST_MAX_STORIES, selectStories } from '../../src/core/digest/select-stories.js';
import { blocksOf } from '../../src/core/reply.js';
import { story } from '../schedule/scheduler-fakes.js';
import { replyText } from './reply-texts.js';

const window = { since: '2022-08-21T06:00:00Z', now: '2022-08-22T06:00:00Z', topics: [] as string[] };
const ids = (briefs: { id: string }[]) => briefs.map((b) => b.id);

describe('selectStories', () => {
  it('takes stories that arrived after since and not after now, newest first', () => {
    const briefs = [
      story('old', '2022-08-21T06:00:00Z'),
      story('a', '2022-08-21T09:00:00Z'),
      story('b', '2022-08-22T05:00:00Z'),
      story('edge', '2022-08-22T06:00:00Z'),
      story('future', '2022-08-22T06:00:01Z'),
    ];
    expect(ids(selectStories(briefs, window).stories)).toEqual(['edge', 'b', 'a']);
  });

  it('falls back to published when a brief has no addedAt, reading a bare date as UTC', () => {
    const noAdded = story('p', '2022-08-22T00:00:00Z');
    const briefs = [{ ...noAdded, addedAt: undefined, published: '2022-08-22' }];
    expect(ids(selectStories(briefs, window).stories)).toEqual(['p']);
    expect(selectStories(briefs, { ...window, since: '2022-08-22T00:00:00Z' }).stories).toEqual([]);
  });

  it('matches any topic, case-insensitively, in the brief topics or whole title words', () => {
    const briefs = [
      story('tagged', '2022-08-21T10:00:00Z', { topics: ['Energy'] }),
      story('titled', '2022-08-21T11:00:00Z', { title: 'ENERGY prices fall again' }),
      story('partial', '2022-08-21T12:00:00Z', { title: 'Energetic start to the season' }),
      story('other', '2022-08-21T13:00:00Z', { topics: ['sport'] }),
      story('phrase', '2022-08-21T14:00:00Z', { title: 'Climate change talks stall' }),
    ];
    const pick = (topics: string[]) => ids(selectStories(briefs, { ...window, topics }).stories);
    expect(pick(['energy'])).toEqual(['titled', 'tagged']);
    expect(pick(['energy', 'sport'])).toEqual(['other', 'titled', 'tagged']);
    expect(pick(['climate change'])).toEqual(['phrase']);
    expect(pick([])).toHaveLength(5);
  });

  it('lists at most ten and counts the rest', () => {
    const briefs = Array.from({ length: 13 }, (_, i) =>
      story(`s${String(i).padStart(2, '0')}`, `2022-08-21T${String(7 + i).padStart(2, '0')}:00:00Z`),
    );
    const { stories, more } = selectStories(briefs, window);
    expect(stories).toHaveLength(DIGEST_MAX_STORIES);
    expect(stories[0]?.id).toBe('s12');
    expect(more).toBe(3);
  });
});

describe('digestReply', () => {
  const slot = '2022-08-22T06:00:00.000Z';
  const stories = [
    story('a', '2022-08-21T09:00:00Z', { title: 'Council approves the new plan', outlet: 'Herald' }),
  ];

  it('titles the digest with the date in the subscriber time zone and lists each story briefly', () => {
    const reply = digestReply(stories, 0, { slot, timezone: 'Europe/Berlin' });
    expect(reply.kind).toBe('digest');
    expect(reply.title).toBe('Your news digest — 22 Aug 2022');
    expect(reply.blocks.map((b) => b.type)).toEqual(['story']);
    const [block] = blocksOf(reply, 'story');
    expect(block?.title).toMatch(/Council approves/);
    expect(block?.bullets).toHaveLength(2);
    expect(block?.source).toBe('Herald · 1 May 2024');
    expect(reply.footer).toBeUndefined();
    // 23:30 UTC is already the next day in Tokyo.
    expect(digestReply(stories, 0, { slot: '2022-08-21T23:30:00Z', timezone: 'Asia/Tokyo' }).title).toBe(
      'Your news digest — 22 Aug 2022',
    );
  });

  it('says "and N more" beyond the listed stories', () => {
    expect(digestReply(stories, 3, { slot, timezone: 'UTC' }).footer).toBe('…and 3 more stories.');
    expect(digestReply(stories, 1, { slot, timezone: 'UTC' }).footer).toBe('…and 1 more story.');
  });

  it('says when it is late and for which slot', () => {
    const reply = digestReply(stories, 0, { slot, timezone: 'Europe/Berlin', late: { slot } });
    expect(reply.blocks[0]).toEqual({
      type: 'notice',
      text: 'This digest is late: it was due at 08:00 on 22 Aug 2022 (Europe/Berlin).',
    });
  });

  it('says there is nothing new, and since when', () => {
    const reply = digestReply([], 0, {
      slot,
      timezone: 'Europe/Berlin',
      empty: true,
      since: '2022-08-21T06:00:00Z',
    });
    expect(replyText(reply)).toContain('No new stories since 21 Aug 2022, 08:00 (Europe/Berlin).');
    expect(reply.blocks).toHaveLength(1);
  });
});
