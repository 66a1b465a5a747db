import { describe, expect, it } from 'vitest';
import { parseFeedBody } from '../../../src/feeds/parse/parse-feed.js';

const rss = (declaration: string, title: string) =>
  `${declaration}<rss version="2.0"><channel><title>Feed</title><link>https://e.example/</link>` +
  `<item><title>${title}</title><link>https://e.example/1</link></item></channel></rss>`;

function titleOf(body: Buffer, contentType: string | null = null): string | null | undefined {
  return parseFeedBody(body, contentType).items[0]?.title;
}

describe('parseFeedBody decodes the body', () => {
  it('reads a Latin-1 feed declared in its XML declaration', () => {
    const body = Buffer.from(rss('<?xml version="1.0" encoding="ISO-8859-1"?>', 'Café crème'), 'latin1');
    expect(body.includes(0xe9)).toBe(true);
    expect(titleOf(body)).toBe('Café crème');
  });

  it('reads Windows-1252 curly quotes and dashes', () => {
    const bytes = Buffer.from(rss('<?xml version="1.0" encoding="windows-1252"?>', 'Xsaid X Y'), 'latin1');
    const body = Buffer.from(
      bytes.toString('latin1').replace('Xsaid X Y', '\u0093said\u0094 \u0096 ok'),
      'latin1',
    );
    expect(titleOf(body)).toBe('“said” – ok');
  });

  it('falls back to the Content-Type charset when the XML has no declaration', () => {
    const body = Buffer.from(rss('', 'Noël'), 'latin1');
    expect(titleOf(body, 'application/rss+xml; charset=iso-8859-1')).toBe('Noël');
  });

  it('prefers the XML declaration to the Content-Type charset', () => {
    const body = Buffer.from(rss('<?xml version="1.0" encoding="UTF-8"?>', 'Noël'), 'utf8');
    expect(titleOf(body, 'text/xml; charset=iso-8859-1')).toBe('Noël');
  });

  it('strips a UTF-8 byte-order mark', () => {
    const body = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(rss('<?xml version="1.0"?>', 'Zürich')),
    ]);
    expect(titleOf(body)).toBe('Zürich');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const text = rss('<?xml version="1.0" encoding="UTF-16"?>', 'Ελλάδα');
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(titleOf(body)).toBe('Ελλάδα');
  });
});
