import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ArticleInput, IngestError } from '../../src/ingest/article-input.js';
import { fileArticles } from '../../src/ingest/inputs/file-articles.js';
import { MAX_INPUT_BYTES } from '../../src/ingest/inputs/input-bytes.js';
import { readJsonLine } from '../../src/ingest/inputs/json-line-article.js';
import { normalizeDate } from '../../src/ingest/inputs/normalize-date.js';
import { normalizeText } from '../../src/ingest/inputs/normalize-text.js';
import { readArticleFile } from '../../src/ingest/inputs/read-file.js';
import { readHtml } from '../../src/ingest/inputs/read-html.js';
import { readMarkdown } from '../../src/ingest/inputs/read-markdown.js';
import { readPlainText } from '../../src/ingest/inputs/read-text.js';
import { jsonLineArticles } from '../../src/ingest/inputs/stdin-articles.js';

const INGEST_FIXTURES = fileURLToPath(new URL('../fixtures/ingest', import.meta.url));
const NEWS = join(INGEST_FIXTURES, 'news');
const fixture = (name: string) => readFile(join(INGEST_FIXTURES, name), 'utf8');

const STORY =
  'The harbour bridge reopened on Monday after a two-year repair that cost 48 million dollars, the city ' +
  'council said. Mayor Ana Silva said the work was finished three weeks early and that buses would return ' +
  'to the bridge from Wednesday.';

/** The IngestError a call throws (fails the test when it throws none, or another error). */
function ingestError(run: () => unknown): IngestError {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('HTML pages', () => {
  it('keep the article and its metadata, and leave navigation, ads, captions and footer behind', async () => {
    const origin = 'news/harbour-bridge.html';
    const article = readHtml(origin, await fixture('news/harbour-bridge.html'));
    expect(article).toMatchObject({
      origin,
      title: 'Harbour bridge reopens three weeks early',
      author: 'Jane Okafor',
      published: '2024-03-11T08:15:00+00:00',
      url: 'https://coastdaily.example/news/2024/03/11/harbour-bridge-reopens',
      source: 'Coast Daily',
    });
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toBe(
      'The harbour bridge reopened to traffic on Monday morning after a two-year repair that cost 48 million ' +
        'dollars, the city council said.',
    );
    expect(paragraphs).toHaveLength(4);
    for (const furniture of [
      'Subscribe',
      'Advertisement',
      'Copyright',
      'Most read',
      'Photo:',
      'By Jane',
      'dataLayer',
    ]) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('fall back to <title> without the outlet, <time>, JSON-LD, og:url and the Readability byline', () => {
    const page = `<html><head><title>Ferry fares rise in April - Coast Daily</title>
      <meta property="og:site_name" content="Coast Daily">
      <meta property="og:url" content="https://coastdaily.example/news/ferry">
      <script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2024-03-02"}]}</script>
      </head><body><article><p class="byline">By Tom Reyes</p><p>${STORY}</p><p>The vote was held on <time datetime="2024-03-01">Friday</time> in the town hall.</p><p>${STORY}</p></article></body></html>`;
    const article = readHtml('ferry.html', page);
    expect(article).toMatchObject({
      title: 'Ferry fares rise in April',
      author: 'Tom Reyes',
      published: '2024-03-02',
      url: 'https://coastdaily.example/news/ferry',
      source: 'Coast Daily',
    });
    expect(article.text).not.toContain('Tom Reyes');
    expect(article.text).toContain('The vote was held on Friday in the town hall.');
  });

  it('date the article by its date stamp, not by a <time> inside a sentence, and drop the stamp', () => {
    const page = `<html><head><title>Vote count</title></head><body><article>
      <p>The vote was held on <time datetime="2024-03-01">Friday</time> in the town hall.</p>
      <p class="meta">Published <time datetime="2024-03-05T10:00:00Z">5 March 2024</time></p>
      <p>${STORY}</p><p>${STORY}</p></article></body></html>`;
    const article = readHtml('vote.html', page);
    expect(article.published).toBe('2024-03-05T10:00:00Z');
    expect(article.text).toContain('The vote was held on Friday in the town hall.');
    expect(article.text).not.toContain('Published');
  });

  it('are rejected when there is no article, naming the page and the word count', async () => {
    const error = ingestError(() => readHtml('index.html', '<html><body><nav>Home News</nav></body></html>'));
    expect(error.origin).toBe('index.html');
    expect(error.message).toMatch(/^index\.html: has no article/);
    const page = await fixture('bad/section-index.html');
    expect(ingestError(() => readHtml('sport.html', page)).message).toMatch(/^sport\.html: has no article/);
    const short = ingestError(() =>
      readHtml(
        'sport.html',
        '<html><body><article><p>Cup final tickets on sale now.</p></article></body></html>',
      ),
    );
    expect(short.message).toMatch(
      /has no article: the page's main text is only \d+ words \(an article has at least 40\)/,
    );
  });
});

describe('Markdown', () => {
  it('takes a leading # heading as the title and makes headings, list items and paragraphs paragraphs', async () => {
    const article = readMarkdown('budget.md', await fixture('news/council-budget.md'));
    expect(article.title).toBe('Council approves record school budget');
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toBe(
      'The city council on Tuesday approved a school budget of 212 million dollars for the coming year, the largest in its history.',
    );
    expect(paragraphs).toContain('What the money pays for');
    expect(paragraphs).toContain('320 new teaching posts, most of them in science and maths');
    expect(article.text).not.toMatch(/[#*]|^- /m);
    expect(article.text).toContain('raise council tax by 3.5 percent.');
  });

  it('reads front matter for the metadata', () => {
    const markdown = `---\ntitle: "Ferry fares rise"\ndate: 2024-03-02\nauthor: Tom Reyes\nsource: Coast Daily\nurl: https://coastdaily.example/ferry\n---\n\n${STORY}\n`;
    expect(readMarkdown('ferry.md', markdown)).toEqual({
      origin: 'ferry.md',
      text: STORY,
      title: 'Ferry fares rise',
      published: '2024-03-02',
      author: 'Tom Reyes',
      source: 'Coast Daily',
      url: 'https://coastdaily.example/ferry',
    });
  });

  it('is rejected when only a title is left', () => {
    expect(ingestError(() => readMarkdown('title.md', '# Just a title\n\n')).message).toBe(
      'title.md: is empty (only whitespace); give it the article text',
    );
  });
});

describe('plain text', () => {
  it('is kept verbatim apart from line ends, trailing spaces and runs of blank lines', () => {
    // Long enough to be an article (40 words), in plain English.
    const body = 'The council met on Monday and agreed the new budget for the harbour. '.repeat(4).trim();
    const text = `\r\n  Headline line  \r\n\r\n\r\n\r\nFirst   paragraph.\t\r\n${body}\r\n\n\n\nLast.  \n\n`;
    expect(readPlainText('story.txt', text)).toEqual({
      origin: 'story.txt',
      text: `  Headline line\n\nFirst   paragraph.\n${body}\n\nLast.`,
    });
    expect(normalizeText('a\rb')).toBe('a\nb');
  });

  it('is rejected when empty or only whitespace', () => {
    expect(ingestError(() => readPlainText('blank.txt', ' \n\t\r\n ')).message).toBe(
      'blank.txt: is empty (only whitespace); give it the article text',
    );
  });

  it('is rejected when not English, saying what it reads like and how few English words it has', async () => {
    const french = await fixture('bad/french-story.txt');
    const error = ingestError(() => readPlainText('fr.txt', french));
    expect(error.message).toMatch(
      /^fr\.txt: does not look like English \(it reads like French\): only \d+ of its \d+ words/,
    );
    const chinese = ingestError(() =>
      readPlainText('zh.txt', '港口大桥在经过两年的维修后于周一重新开放，市议会表示。'),
    );
    expect(chinese.message).toContain('written mostly in Chinese');
    // Too few words to judge the language are too few to be an article at all, as for every input kind.
    expect(ingestError(() => readPlainText('short.txt', 'Mayor resigns.')).message).toBe(
      'short.txt: is too short to brief: 2 words (an article has at least 40)',
    );
  });
});

describe('bytes', () => {
  it('rejects binary files and files over the cap, saying the size and the cap', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-inputs-'));
    await writeFile(join(dir, 'nul.txt'), Buffer.from([0x54, 0x68, 0x65, 0x00, 0x01, 0x02]));
    await writeFile(
      join(dir, 'noise.txt'),
      Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 64))),
    );
    await writeFile(join(dir, 'huge.txt'), 'the news '.repeat(Math.ceil((MAX_INPUT_BYTES + 1) / 9)));
    await expect(readArticleFile(join(dir, 'nul.txt'))).rejects.toThrow(
      /nul\.txt: looks binary \(it contains NUL bytes\)/,
    );
    await expect(readArticleFile(join(dir, 'noise.txt'))).rejects.toThrow(
      /noise\.txt: looks binary \(\d+% of its characters/,
    );
    const huge = await readArticleFile(join(dir, 'huge.txt')).catch((error: unknown) => error);
    expect(huge).toBeInstanceOf(IngestError);
    expect((huge as Error).message).toMatch(
      /huge\.txt: is too large: 2\.00 MB \(2097153 bytes\), over the cap of 2 MB/,
    );
    expect((huge as Error).message.length).toBeLessThan(300);
  });

  it('reads UTF-8 (with a byte-order mark) or Windows-1252 text, and goes by the extension', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-inputs-'));
    await writeFile(join(dir, 'story.TXT'), `\uFEFF${STORY}`);
    await writeFile(join(dir, 'story.pdf'), STORY);
    expect((await readArticleFile(join(dir, 'story.TXT'))).text).toBe(STORY);
    const legacy = Buffer.from(
      `\x93It is a good day,\x94 the mayor said \x96 and it cost \x8048m. ${STORY}`,
      'latin1',
    );
    await writeFile(join(dir, 'legacy.txt'), legacy);
    expect((await readArticleFile(join(dir, 'legacy.txt'))).text).toMatch(
      /^“It is a good day,” the mayor said – and it cost €48m\. The/,
    );
    await expect(readArticleFile(join(dir, 'story.pdf'))).rejects.toThrow(
      /story\.pdf: is not an article file; use \.txt/,
    );
  });
});

describe('files and folders', () => {
  it('walks folders in name order, notes the files it skips, and reports a missing path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-walk-'));
    await mkdir(join(dir, 'b-sub'));
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, 'c.txt'), STORY);
    await writeFile(join(dir, 'a.md'), `# A\n\n${STORY}`);
    await writeFile(join(dir, 'b-sub', 'inner.htm'), `<article><p>${STORY}</p><p>${STORY}</p></article>`);
    await writeFile(join(dir, 'photo.jpg'), 'not an article');
    await writeFile(join(dir, '.git', 'HEAD.txt'), STORY);
    await writeFile(join(dir, 'empty.txt'), '');
    const notes: string[] = [];
    const items = await collect(fileArticles([dir, join(dir, 'nowhere')], (note) => notes.push(note)));
    const origins = items.map((item) => item.origin);
    expect(origins).toEqual([
      join(dir, 'a.md'),
      join(dir, 'b-sub', 'inner.htm'),
      join(dir, 'c.txt'),
      join(dir, 'empty.txt'),
      join(dir, 'nowhere'),
    ]);
    expect(items.map((item) => item instanceof IngestError)).toEqual([false, false, false, true, true]);
    expect((items[4] as IngestError).message).toContain('does not exist');
    expect(notes).toEqual([
      `skipped ${join(dir, 'photo.jpg')}: not an article file (.txt, .text, .md, .markdown, .html, .htm)`,
    ]);
  });

  it('reads every news fixture', async () => {
    const items = await collect(fileArticles([NEWS], () => {}));
    expect(items.every((item) => !(item instanceof IngestError))).toBe(true);
    expect(items).toHaveLength(3);
  });
});

describe('JSON Lines', () => {
  it('takes the known fields, ignores the rest and normalises the date', () => {
    const line = JSON.stringify({
      id: 'ferry-fares',
      title: ' Ferry fares rise ',
      published: '2024-03-02 09:30:00+0100',
      author: null,
      source: 'Coast Daily',
      url: 'https://coastdaily.example/ferry',
      text: `${STORY}\r\n`,
      tags: ['transport'],
    });
    expect(readJsonLine('stdin:1', line)).toEqual<ArticleInput>({
      origin: 'stdin:1',
      text: STORY,
      id: 'ferry-fares',
      title: 'Ferry fares rise',
      published: '2024-03-02T09:30:00+01:00',
      source: 'Coast Daily',
      url: 'https://coastdaily.example/ferry',
    });
  });

  it('rejects a line that is not JSON, lacks text, or has a bad field, naming the line and the field', () => {
    const message = (line: string) => ingestError(() => readJsonLine('stdin:2', line)).message;
    expect(message('{"text": "unterminated')).toBe(
      'stdin:2: is not valid JSON; give one object a line, e.g. {"title": "…", "text": "…"}',
    );
    expect(message('["text"]')).toMatch(/^stdin:2: is not a JSON object/);
    expect(message('{"title": "No body"}')).toBe(
      'stdin:2: "text" is missing; every line needs the article in "text"',
    );
    expect(message(JSON.stringify({ text: STORY, published: 'last week' }))).toBe(
      'stdin:2: "published" is not a date; use ISO 8601, e.g. 2024-03-12',
    );
    expect(message(JSON.stringify({ text: STORY, id: '../etc/passwd' }))).toMatch(
      /"id" must be lower-case letters/,
    );
    expect(message(JSON.stringify({ text: STORY, url: 'ftp://x.example/a' }))).toMatch(
      /"url" must be an http/,
    );
    expect(message(JSON.stringify({ text: 'a\u0000b' }))).toMatch(/looks binary/);
    expect(message(JSON.stringify({ text: '   ' }))).toMatch(/is empty/);
    // The same floor as a web page or a text file: two words are a headline, not an article.
    expect(message(JSON.stringify({ text: 'Mayor resigns' }))).toBe(
      'stdin:2: is too short to brief: 2 words (an article has at least 40)',
    );
  });

  it('names each line stdin:N, counting blank lines, and keeps going after a bad one', async () => {
    const stdin = Readable.from([
      `${JSON.stringify({ text: STORY })}\n\nnot json\n${JSON.stringify({ text: STORY })}\n`,
    ]);
    const items = await collect(jsonLineArticles(stdin));
    expect(items.map((item) => [item.origin, item instanceof IngestError])).toEqual([
      ['stdin:1', false],
      ['stdin:3', true],
      ['stdin:4', false],
    ]);
  });
});

describe('dates', () => {
  it('normalises the forms pages use to ISO 8601 and refuses what is not a date', () => {
    expect(normalizeDate('2024-03-11T08:15:00Z')).toBe('2024-03-11T08:15:00Z');
    expect(normalizeDate('2024-03-11T08:15:00.123+0530')).toBe('2024-03-11T08:15:00.123+05:30');
    expect(normalizeDate('2024-03-11 08:15')).toBe('2024-03-11T08:15:00');
    expect(normalizeDate(' 2024-03-11 ')).toBe('2024-03-11');
    expect(normalizeDate('Mon, 11 Mar 2024 08:15:00 GMT')).toBe('2024-03-11T08:15:00Z');
    expect(normalizeDate('March 11, 2024')).toBe('2024-03-11');
    expect(normalizeDate('2024-02-30')).toBeUndefined();
    expect(normalizeDate('2024-03-11T25:00')).toBeUndefined();
    expect(normalizeDate('yesterday')).toBeUndefined();
    expect(normalizeDate('1')).toBeUndefined();
    expect(normalizeDate(undefined)).toBeUndefined();
  });
});
