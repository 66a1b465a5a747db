import { describe, expect, it } from 'vitest';
import { canonicalLink, type FeedItem, itemMatches } from '../../../src/feeds/parse/parse-feed.js';

describe('canonicalLink', () => {
  it('lower-cases scheme and host, drops the fragment and tracking parameters, keeps the rest in order', () => {
    expect(
      canonicalLink(
        'HTTPS://News.Example.COM/Path/Story?b=2&utm_source=x&a=1&fbclid=abc&UTM_Medium=y&gclid=z#c',
      ),
    ).toBe('https://news.example.com/Path/Story?b=2&a=1');
  });

  it('drops the query mark when only tracking parameters were there, and keeps the encoding of the rest', () => {
    expect(canonicalLink('https://e.example/a?utm_campaign=s&mc_cid=1&_hsenc=2')).toBe('https://e.example/a');
    expect(canonicalLink('https://e.example/s?q=a%20b&ocid=x')).toBe('https://e.example/s?q=a%20b');
  });

  it('returns what is not a URL unchanged', () => {
    expect(canonicalLink('not a url')).toBe('not a url');
  });
});

describe('itemMatches', () => {
  const item: FeedItem = {
    key: 'k',
    title: 'Council approves new Harbour plan',
    link: null,
    published: null,
    author: null,
    contentHtml: '<p>The <b>ferry</b> timetable changes in June.</p>',
    summary: 'Votes were close.',
    contentHash: 'h',
  };

  it('keeps every item when there are no words', () => {
    expect(itemMatches(item, [], [])).toBe(true);
  });

  it('includes when any include word appears in title, summary or content, in any case', () => {
    expect(itemMatches(item, ['harbour'], [])).toBe(true);
    expect(itemMatches(item, ['Ferry'], [])).toBe(true);
    expect(itemMatches(item, ['votes'], [])).toBe(true);
    expect(itemMatches(item, ['airport', 'timetable changes'], [])).toBe(true);
    expect(itemMatches(item, ['airport'], [])).toBe(false);
  });

  it('matches whole words only', () => {
    expect(itemMatches(item, ['harb'], [])).toBe(false);
    expect(itemMatches(item, ['plans'], [])).toBe(false);
  });

  it('excludes when any exclude word appears, even if an include word does too', () => {
    expect(itemMatches(item, [], ['june'])).toBe(false);
    expect(itemMatches(item, ['harbour'], ['council'])).toBe(false);
    expect(itemMatches(item, ['harbour'], ['airport'])).toBe(true);
  });
});
