import { marked, type Token, type TokensList } from 'marked';
import type { ArticleInput } from '../article-input.js';
import { inlineText, parseHtmlDocument } from './dom.js';
import { blockText } from './dom-text.js';
import { splitFrontMatter } from './front-matter.js';
import { normalizeDate } from './normalize-date.js';
import { normalizeText } from './normalize-text.js';
import { toHttpUrl } from './normalize-url.js';
import { checkArticleText, definedFields } from './text-checks.js';

/**
 * Markdown → an article: rendered with marked, then read as text (each heading, paragraph and list item a
 * paragraph of its own). A leading `# Title` becomes the title; front matter gives title, date, author,
 * source and url.
 */
export function readMarkdown(origin: string, markdown: string): ArticleInput {
  const { fields, rest } = splitFrontMatter(markdown);
  const tokens = marked.lexer(rest);
  const first = tokens.findIndex((token) => token.type !== 'space');
  const lead = tokens[first];
  let title = fields.get('title');
  let body: Token[] = tokens;
  if (lead?.type === 'heading' && lead.depth === 1) {
    title ??= inlineText(parseHtmlDocument(marked.parseInline(lead.text, { async: false })).body);
    body = tokens.slice(first + 1);
  }
  const html = marked.parser(Object.assign(body, { links: tokens.links }) as TokensList, { async: false });
  const root = parseHtmlDocument(html).body;
  const text = root ? normalizeText(blockText(root)) : '';
  checkArticleText(origin, text);
  return definedFields({
    origin,
    text,
    title: title || undefined,
    published: normalizeDate(fields.get('published') ?? fields.get('date')),
    author: fields.get('author'),
    source: fields.get('source') ?? fields.get('outlet'),
    url: toHttpUrl(fields.get('url') ?? fields.get('canonical')),
  });
}
