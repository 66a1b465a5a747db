import { describe, expect, it } from 'vitest';
import { readOpml, writeOpml } from '../../../src/feeds/parse/opml.js';

describe('OPML', () => {
  it('reads back what it writes', () => {
    const feeds = [
      { url: 'https://a.example/feed.xml', title: 'A & B "news"' },
      { url: 'https://b.example/rss?x=1&y=2', title: null },
    ];
    const text = writeOpml(feeds, 'newsbrief feeds');
    expect(text).toContain('<opml version="2.0">');
    expect(text).toContain('newsbrief feeds');
    expect(readOpml(text)).toEqual(feeds);
  });

  it('writes a valid file for no feeds, which reads back as none', () => {
    expect(readOpml(writeOpml([], 'empty'))).toEqual([]);
    expect(
      readOpml('<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body/></opml>'),
    ).toEqual([]);
  });

  it('reads feeds in nested folders, skipping outlines without xmlUrl', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>Reader export</title></head>
  <body>
    <outline text="News">
      <outline text="Local" title="Local paper" type="rss" xmlUrl="https://local.example/rss" htmlUrl="https://local.example/"/>
      <outline text="Science">
        <outline text="Lab notes" type="rss" xmlUrl="https://lab.example/atom.xml"/>
      </outline>
    </outline>
    <outline text="Top" type="rss" xmlUrl="https://top.example/feed"/>
  </body>
</opml>`;
    expect(readOpml(text)).toEqual([
      { url: 'https://local.example/rss', title: 'Local paper' },
      { url: 'https://lab.example/atom.xml', title: 'Lab notes' },
      { url: 'https://top.example/feed', title: 'Top' },
    ]);
  });

  it('says what the text is when it is not OPML', () => {
    expect(() => readOpml('<!doctype html><html><body>x</body></html>')).toThrow(
      /not an OPML file: it is an HTML page/,
    );
    expect(() => readOpml('<rss version="2.0"><channel/></rss>')).toThrow(/XML whose root element is <rss>/);
    expect(() => readOpml('')).toThrow(/an empty body/);
  });
});
