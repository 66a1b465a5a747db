import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedBody } from '../../../src/feeds/parse/parse-feed.js';

function fixture(name: string): Buffer {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

describe('parseFeedBody reads each feed format', () => {
  it('reads RSS 2.0 with content:encoded, cleaning the title and resolving relative links', () => {
    const feed = parseFeedBody(fixture('rss2-content.xml'), 'application/rss+xml');
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'Harbour & Coast News',
      link: 'https://news.example.org/',
    });
    const [ferry, wall] = feed.items;
    expect(ferry).toMatchObject({
      key: 'ferry-2024-001',
      title: 'Ferry returns to the island & the bay',
      link: 'https://news.example.org/2024/ferry-returns',
      published: '2024-03-12T08:30:00.000Z',
      author: 'Mara Quill',
      summary: 'The ferry is back.',
    });
    expect(ferry?.contentHtml).toContain('<b>three months</b>');
    expect(wall).toMatchObject({
      link: 'https://news.example.org/2024/harbour-wall',
      author: 'City Desk',
      contentHtml: null,
      summary: 'Work starts next week.',
    });
  });

  it('reads RSS 0.91, whose items have no guid or date', () => {
    const feed = parseFeedBody(fixture('rss091.xml'), null);
    expect(feed.format).toBe('rss');
    expect(feed.items.map((item) => [item.key, item.published])).toEqual([
      ['http://gazette.example.com/market.html', null],
      ['http://gazette.example.com/library.html', null],
    ]);
  });

  it('reads Atom, resolving links against the feed and entry xml:base', () => {
    const feed = parseFeedBody(fixture('atom-base.xml'), 'application/atom+xml');
    expect(feed).toMatchObject({ format: 'atom', title: 'Field Notes', link: 'https://blog.example.net/' });
    const [swifts, notes] = feed.items;
    expect(swifts).toMatchObject({
      key: 'tag:blog.example.net,2024:swifts',
      link: 'https://blog.example.net/posts/2024/counting-swifts.html',
      published: '2024-05-01T16:15:00.000Z',
      author: 'Ines Vale', // inherited from the feed
      contentHtml: '<p>We counted forty swifts.</p><p>Then it rained.</p>',
      summary: 'An evening on the roof.',
    });
    // type="text" is plain text: the "<b>" is a word of the title, not a tag.
    expect(notes).toMatchObject({
      title: 'Notes on a <b> tag',
      link: 'https://blog.example.net/notes.html',
      published: '2024-04-20T12:00:00.000Z',
      author: 'Guest Writer',
      contentHtml: '<p>First line.</p>\n<p>Second paragraph &amp; more.</p>',
    });
  });

  it('reads RDF (RSS 1.0) with Dublin Core dates and creators', () => {
    const feed = parseFeedBody(fixture('rdf.xml'), 'application/rdf+xml');
    expect(feed).toMatchObject({ format: 'rdf', title: 'Science Digest' });
    expect(feed.items).toEqual([
      expect.objectContaining({
        key: 'https://science.example.edu/a/1',
        title: 'New moss species found',
        published: '2024-02-29T14:00:00.000Z',
        author: 'Ola Brandt',
        summary: 'Botanists describe a moss.',
      }),
    ]);
  });

  it('reads JSON Feed 1.1, wrapping content_text in paragraphs', () => {
    const feed = parseFeedBody(fixture('feed-1.1.json'), 'application/feed+json');
    expect(feed).toMatchObject({
      format: 'json',
      title: 'Kitchen Log',
      link: 'https://kitchen.example.com/',
    });
    const [bread, soup] = feed.items;
    expect(bread).toMatchObject({
      title: 'Bread & butter',
      published: '2024-01-05T12:00:00.000Z',
      author: 'Sam Ortega',
      contentHtml: '<p>Flour, water, salt.</p><p>Time does the rest.</p>',
      summary: 'A loaf.',
    });
    expect(soup).toMatchObject({
      key: 'soup-2',
      link: 'https://kitchen.example.com/soup',
      author: 'Kit Lam',
      contentHtml: '<p>Onions first.</p>\n<p>Then stock &lt;slowly&gt;.</p>',
    });
  });

  it('takes a body starting with { as JSON Feed whatever the content type says', () => {
    const body = Buffer.from(
      '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","title":"A"}]}',
    );
    expect(parseFeedBody(body, 'text/plain').format).toBe('json');
  });
});
