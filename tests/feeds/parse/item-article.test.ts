import { describe, expect, it } from 'vitest';
import { itemArticleText, pageArticleText } from '../../../src/feeds/parse/item-article.js';
import type { FeedItem } from '../../../src/feeds/parse/parse-feed.js';

const base: FeedItem = {
  key: 'k',
  title: 'T',
  link: null,
  published: null,
  author: null,
  contentHtml: null,
  summary: null,
  contentHash: 'h',
};

describe('itemArticleText', () => {
  it('turns the full text into paragraphs, leaving scripts and images out', () => {
    const item = {
      ...base,
      contentHtml:
        '<p>First <em>paragraph</em>.</p><script>track()</script><figure><img src="a.jpg"><figcaption>A photo</figcaption></figure><h2>Next</h2><p>Second &amp; last.</p>',
      summary: 'Short.',
    };
    expect(itemArticleText(item)).toEqual({
      text: 'First paragraph.\n\nNext\n\nSecond & last.',
      isSummary: false,
    });
  });

  it('falls back to the summary, marked as one', () => {
    expect(itemArticleText({ ...base, summary: 'Just this.' })).toEqual({
      text: 'Just this.',
      isSummary: true,
    });
    expect(itemArticleText({ ...base, contentHtml: '<p> </p>', summary: 'S.' })).toEqual({
      text: 'S.',
      isSummary: true,
    });
  });

  it('is null when there is no text at all', () => {
    expect(itemArticleText(base)).toBeNull();
  });
});

describe('pageArticleText', () => {
  const sentence = 'The harbour committee met on Tuesday to discuss the repairs to the old sea wall. ';
  const page = (body: string) =>
    `<!doctype html><html><head><title>Sea wall | Gazette</title><meta property="og:title" content="Sea wall repairs agreed"></head><body><nav>Home News</nav><article>${body}</article></body></html>`;

  it("reads a page's article and title", () => {
    const read = pageArticleText(
      page(`<p>${sentence.repeat(4)}</p><p>${sentence.repeat(3)}</p>`),
      'https://g.example/a',
    );
    expect(read?.title).toBe('Sea wall repairs agreed');
    expect(read?.text.split('\n\n')).toHaveLength(2);
    expect(read?.text).not.toContain('Home News');
  });

  it('is null for a page without an article', () => {
    expect(pageArticleText(page('<p>Sign in to continue.</p>'), 'https://g.example/login')).toBeNull();
  });
});
