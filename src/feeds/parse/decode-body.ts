import { fixWindows1252 } from '../../ingest/inputs/legacy-charset.js';

/**
 * A feed's bytes → text. The charset comes from, in order: a byte-order mark, the XML declaration's
 * encoding="…", the Content-Type charset, else UTF-8 (what XML and JSON assume without a declaration).
 * The BOM is dropped, since XML parsers choke on a stray U+FEFF before "<?xml".
 */
export function decodeFeedBody(body: Uint8Array, contentType: string | null): string {
  const bom = byteOrderMark(body);
  if (bom) return new TextDecoder(bom.encoding).decode(body.subarray(bom.length));
  const encoding =
    knownEncoding(xmlDeclaredEncoding(body)) ?? knownEncoding(headerCharset(contentType)) ?? 'utf-8';
  const text = new TextDecoder(encoding).decode(body);
  return encoding === 'windows-1252' ? fixWindows1252(text) : text;
}

function byteOrderMark(body: Uint8Array): { encoding: string; length: number } | undefined {
  const [a, b, c] = body;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return undefined;
}

function xmlDeclaredEncoding(body: Uint8Array): string | undefined {
  // The declaration is ASCII in every encoding a declaration can name without a BOM.
  const head = new TextDecoder('latin1').decode(body.subarray(0, 200));
  return /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
}

function headerCharset(contentType: string | null): string | undefined {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
}

/** The WHATWG name of a charset label, or undefined when TextDecoder does not know it. */
function knownEncoding(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}
