import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { type ArticleInput, IngestError } from '../article-input.js';
import { checkSize, decodeBytes } from './input-bytes.js';
import { readHtml } from './read-html.js';
import { readMarkdown } from './read-markdown.js';
import { readPlainText } from './read-text.js';

type Reader = (origin: string, text: string) => ArticleInput;

const READERS: Readonly<Record<string, Reader>> = {
  '.txt': readPlainText,
  '.text': readPlainText,
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.html': readHtml,
  '.htm': readHtml,
};

export const ARTICLE_EXTENSIONS = Object.keys(READERS);

export function isArticleFile(path: string): boolean {
  return Object.hasOwn(READERS, extname(path).toLowerCase());
}

/** One article file → an article; throws an IngestError naming the file and saying what is wrong. */
export async function readArticleFile(path: string): Promise<ArticleInput> {
  const reader = READERS[extname(path).toLowerCase()];
  if (!reader) {
    throw new IngestError(path, `is not an article file; use ${ARTICLE_EXTENSIONS.join(', ')}`);
  }
  return reader(path, decodeBytes(path, await readBytes(path)));
}

async function readBytes(path: string): Promise<Uint8Array> {
  const size = await stat(path).then((stats) => stats.size, cannotRead(path));
  checkSize(path, size);
  return readFile(path).catch(cannotRead(path));
}

function cannotRead(path: string) {
  return (error: NodeJS.ErrnoException): never => {
    throw new IngestError(path, `cannot be read (${error.code ?? error.message})`);
  };
}
