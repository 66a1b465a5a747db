import { describe, expect, it } from 'vitest';
import { NotAFeedError, parseFeedBody } from '../../../src/feeds/parse/parse-feed.js';

function rssBody(items: string): Buffer {
  return Buffer.from(
    `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>https://f.example/</link>${items}</channel></rss>`,
  );
}

const item = (fields: string) => `<item>${fields}</item>`;

describe('parseFeedBody is lenient with items', () => {
  it('keys items without a guid by their canonical link, so tracking parameters do not make new items', () => {
    const feed = parseFeedBody(
      rssBody(
        item('<title>Story</title><link>https://f.example/story?id=7&amp;utm_source=rss#top</link>') +
          item('<title>Story again</title><link>https://F.EXAMPLE/story?utm_source=twitter&amp;id=7</link>'),
      ),
      null,
    );
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ key: 'https://f.example/story?id=7', title: 'Story' });
  });

  it('keys an item with neither guid nor link by title and date', () => {
    const feed = parseFeedBody(
      rssBody(item('<title>Notice</title><pubDate>Mon, 01 Jul 2024 10:00:00 GMT</pubDate>')),
      null,
    );
    expect(feed.items[0]?.key).toBe('Notice|2024-07-01T10:00:00.000Z');
  });

  it('keeps items without a date, and reads a garbage date as no date', () => {
    const feed = parseFeedBody(
      rssBody(
        item('<title>Undated</title><link>https://f.example/a</link>') +
          item('<title>Garbled</title><link>https://f.example/b</link><pubDate>sometime 2</pubDate>') +
          item(
            '<title>Impossible</title><link>https://f.example/c</link><pubDate>2024-02-30T10:00:00Z</pubDate>',
          ),
      ),
      null,
    );
    expect(feed.items.map((i) => [i.title, i.published])).toEqual([
      ['Undated', null],
      ['Garbled', null],
      ['Impossible', null],
    ]);
  });

  it('drops items with no title, link or text, and keeps the first of repeated guids', () => {
    const feed = parseFeedBody(
      rssBody(
        item('<guid isPermaLink="false">x</guid>') +
          item('<guid isPermaLink="false">g</guid><title>First</title>') +
          item('<guid isPermaLink="false">g</guid><title>Second</title>') +
          item('<description>Only a summary</description>'),
      ),
      null,
    );
    expect(feed.items.map((i) => i.title ?? i.summary)).toEqual(['First', 'Only a summary']);
  });

  it('uses a permalink guid as the link when there is no <link>', () => {
    const feed = parseFeedBody(rssBody(item('<title>P</title><guid>https://f.example/p</guid>')), null);
    expect(feed.items[0]).toMatchObject({ key: 'https://f.example/p', link: 'https://f.example/p' });
  });
});

describe('contentHash', () => {
  const body = (text: string) =>
    rssBody(item(`<guid>https://f.example/1</guid><title>T</title><description>${text}</description>`));

  it('is the same for the same item and changes when its text changes', () => {
    const first = parseFeedBody(body('Version one'), null).items[0]?.contentHash;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(parseFeedBody(body('Version one'), null).items[0]?.contentHash).toBe(first);
    expect(parseFeedBody(body('Version two'), null).items[0]?.contentHash).not.toBe(first);
  });
});

describe('parseFeedBody refuses what is not a feed', () => {
  const attempt =
    (text: string, contentType: string | null = null) =>
    () =>
      parseFeedBody(Buffer.from(text), contentType);

  it('says when the URL returned an HTML page', () => {
    expect(attempt('<!DOCTYPE html><html><head><title>Home</title></head><body>Hi</body></html>')).toThrow(
      /returned an HTML page, not a feed/,
    );
    expect(attempt('\n  <html lang="en"><body>Hi</body></html>', 'text/html')).toThrow(NotAFeedError);
  });

  it('says when the body is empty', () => {
    expect(attempt('')).toThrow(/empty body/);
    expect(attempt('  \n ')).toThrow(NotAFeedError);
  });

  it('names the root element of XML that is not a feed', () => {
    expect(attempt('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')).toThrow(
      /XML whose root element is <urlset>/,
    );
  });

  it('says when JSON is not a JSON Feed or does not parse', () => {
    expect(attempt('{"status":"ok"}', 'application/json')).toThrow(/not a JSON Feed/);
    expect(attempt('{"items": [', 'application/feed+json')).toThrow(/JSON that does not parse/);
  });

  it('describes plain text', () => {
    expect(attempt('Service Unavailable')).toThrow(/plain text beginning "Service Unavailable"/);
  });
});
