import { dateStampTime } from './date-stamp.js';
import type { HtmlDocument } from './dom.js';
import { firstJsonLdString, jsonLdObjects } from './json-ld.js';
import { normalizeDate } from './normalize-date.js';
import { toHttpUrl } from './normalize-url.js';

/** What a page says about its article, from its meta tags, links, <time> and JSON-LD. */
export interface HtmlMetadata {
  title?: string | undefined;
  author?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  source?: string | undefined;
}

const DATE_METAS = [
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'datepublished',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
];

/** Reads the metadata; call it before Readability, which rewrites the document. */
export function readHtmlMetadata(document: HtmlDocument): HtmlMetadata {
  const meta = metaContents(document);
  const source = meta.get('og:site_name');
  const dates = [
    meta.get('article:published_time'),
    dateStampTime(document),
    ...DATE_METAS.map((name) => meta.get(name)),
    firstJsonLdString(jsonLdObjects(document), 'datePublished'),
  ];
  return {
    title: meta.get('og:title') ?? pageTitle(document.title.replace(/\s+/g, ' ').trim(), source),
    author: [meta.get('author'), meta.get('article:author')].find((name) => name && !/^https?:/i.test(name)),
    published: dates.map(normalizeDate).find(Boolean),
    url: canonicalUrl(document, meta.get('og:url')),
    source,
  };
}

/** meta name/property/itemprop (lower-cased) → the first non-blank content. */
function metaContents(document: HtmlDocument): Map<string, string> {
  const contents = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta[content]'))) {
    const content = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (!content) continue;
    for (const attribute of ['name', 'property', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !contents.has(key)) contents.set(key, content);
    }
  }
  return contents;
}

/** The <title>, without a trailing " | Outlet" or " - Outlet". */
function pageTitle(title: string, outlet: string | undefined): string | undefined {
  if (!title) return undefined;
  if (!outlet) return title;
  const suffix = new RegExp(`\\s+[|\\-–—:·]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  return title.replace(suffix, '') || title;
}

/** <link rel=canonical> (resolved against og:url when relative), else og:url; http(s) only. */
function canonicalUrl(document: HtmlDocument, ogUrl: string | undefined): string | undefined {
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  return toHttpUrl(canonical, ogUrl) ?? toHttpUrl(ogUrl);
}
