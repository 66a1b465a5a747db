/**
 * Text in a charset other than UTF-8: the one an HTML page declares, else Windows-1252, which older
 * English text files use. (Node 20's TextDecoder reads windows-1252 as ISO-8859-1, leaving curly quotes,
 * dashes and € as control characters; the table below puts them right.)
 */
export function decodeLegacy(bytes: Uint8Array): string {
  const encoding = declaredCharset(bytes) ?? 'windows-1252';
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'windows-1252' ? fixWindows1252(text) : text;
}

/**
 * Node 20's TextDecoder reads windows-1252 (which "iso-8859-1" and "latin1" also name) as ISO-8859-1, so
 * curly quotes, dashes and € come out as C1 control characters; this puts them right.
 */
export function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80] ?? c);
}

/** 0x80–0x9F in Windows-1252; its five unassigned bytes map to themselves. */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The charset of a <meta charset> or http-equiv Content-Type near the top, when Node knows it. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}
