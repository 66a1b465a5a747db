import { Readability } from '@mozilla/readability';
import { type ArticleInput, IngestError } from '../article-input.js';
import { type DomElement, parseHtmlDocument } from './dom.js';
import { blockText } from './dom-text.js';
import { readHtmlMetadata } from './html-metadata.js';
import { checkHtmlShape } from './html-shape.js';
import { normalizeDate } from './normalize-date.js';
import { normalizeText, words } from './normalize-text.js';
import { removeBylines } from './remove-bylines.js';
import { checkArticleText, checkNotEmpty, definedFields, MIN_ARTICLE_WORDS } from './text-checks.js';

/**
 * An HTML page → its article: Readability finds the body (leaving navigation, ads and footers behind),
 * the page's meta tags, <time> and JSON-LD give the title, author, date, canonical URL and outlet.
 */
export function readHtml(origin: string, html: string): ArticleInput {
  checkNotEmpty(origin, html);
  checkHtmlShape(origin, html);
  const document = parseHtmlDocument(html);
  const meta = readHtmlMetadata(document);
  const byline = removeBylines(document);
  const article = new Readability<DomElement>(document, { serializer: (node) => node as DomElement }).parse();
  const text = article?.content ? normalizeText(blockText(article.content)) : '';
  const count = words(text).length;
  if (count === 0) {
    throw new IngestError(origin, 'has no article: Readability found no article text in this page');
  }
  if (count < MIN_ARTICLE_WORDS) {
    throw new IngestError(
      origin,
      `has no article: the page's main text is only ${count} words (an article has at least ` +
        `${MIN_ARTICLE_WORDS}); is it an index, login or error page?`,
    );
  }
  checkArticleText(origin, text);
  return definedFields({
    origin,
    text,
    title: meta.title ?? clean(article?.title),
    published: meta.published ?? normalizeDate(article?.publishedTime),
    author: meta.author ?? byline ?? clean(article?.byline)?.replace(/^by\s+/i, ''),
    source: meta.source ?? clean(article?.siteName),
    url: meta.url,
  });
}

function clean(value: string | null | undefined): string | undefined {
  return value?.replace(/\s+/g, ' ').trim() || undefined;
}
