import { IngestError } from '../article-input.js';
import { decodeLegacy } from './legacy-charset.js';

/** The most one input may weigh: 2 MB, far above any news article. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

/** Rejects an input over the cap, saying its size and the cap. */
export function checkSize(origin: string, bytes: number): void {
  if (bytes <= MAX_INPUT_BYTES) return;
  throw new IngestError(
    origin,
    `is too large: ${formatSize(bytes)} (${bytes} bytes), over the cap of ${formatSize(MAX_INPUT_BYTES)} ` +
      'per input; split it into single articles or trim it',
  );
}

export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(2)} MB`;
}

/**
 * The text of a file's bytes: UTF-8 (a byte-order mark dropped), or a legacy charset when the bytes are
 * not valid UTF-8. Rejects binary content.
 */
export function decodeBytes(origin: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    throw new IngestError(origin, 'looks binary (it contains NUL bytes); give UTF-8 text, Markdown or HTML');
  }
  try {
    // TextDecoder drops a leading byte-order mark.
    return checkedText(origin, new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    if (error instanceof IngestError) throw error;
  }
  checkNotBinary(origin, new TextDecoder('utf-8').decode(bytes));
  return checkedText(origin, decodeLegacy(bytes));
}

function checkedText(origin: string, text: string): string {
  checkNotBinary(origin, text);
  return text;
}

/** Rejects text that is mostly undecodable or control characters (an image, an archive, a PDF). */
export function checkNotBinary(origin: string, text: string): void {
  if (text.includes('\0')) {
    throw new IngestError(origin, 'looks binary (it contains NUL characters); give plain text');
  }
  const odd = countOddCharacters(text);
  if (odd / text.length > 0.3) {
    const share = Math.round((100 * odd) / text.length);
    throw new IngestError(
      origin,
      `looks binary (${share}% of its characters are not text); give UTF-8 text, Markdown or HTML`,
    );
  }
}

/** Undecodable bytes (U+FFFD) and control characters other than tab, line feed, form feed and return. */
function countOddCharacters(text: string): number {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const control =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
    if (control || code === 0xfffd) odd++;
  }
  return odd;
}
