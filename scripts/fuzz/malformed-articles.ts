/**
 * Malformed articles for `npm run fuzz`: a real story cut and spliced with debris, unicode noise, random
 * bytes, and HTML tag soup nested deep or left unclosed. Each is written as the file a user might drop in,
 * so the whole read — decoding, HTML parsing, the brief — is exercised, as `ingest` does it.
 */
import { pick, pickIndex, type Random } from '../bench/random.js';

export interface MalformedFile {
  name: string;
  bytes: Uint8Array;
}

const DEBRIS = [
  '\u0000',
  '\ufffd',
  '\u200b',
  '\u202e',
  '\r',
  '\t',
  '"',
  '“',
  '(',
  '[',
  '<',
  '&amp;',
  '…',
  '. . .',
  '1.',
  'U.S.',
  '$',
  '%',
  '—',
];
const TAGS = [
  'div',
  'p',
  'span',
  'table',
  'tr',
  'td',
  'article',
  'section',
  'ul',
  'li',
  'a',
  'b',
  'script',
  'style',
  'svg',
  'iframe',
];

const text = (value: string) => new TextEncoder().encode(value);

function splicedStory(random: Random, story: string): string {
  const pieces: string[] = [];
  for (let i = 0; i < 1 + pickIndex(random, 40); i++) {
    const start = pickIndex(random, story.length);
    pieces.push(story.slice(start, start + pickIndex(random, 2_000)));
    pieces.push(Array.from({ length: pickIndex(random, 20) }, () => pick(random, DEBRIS)).join(''));
  }
  return pieces.join(random() < 0.5 ? '\n\n' : ' ');
}

function tagSoup(random: Random, story: string): string {
  const depth = pick(random, [3, 50, 399, 401, 2_000, 20_000]);
  const open: string[] = [];
  const parts = ['<html><head><title>', story.slice(0, 80), '</title></head><body>'];
  for (let i = 0; i < depth; i++) {
    const tag = pick(random, TAGS);
    open.push(tag);
    parts.push(`<${tag}${random() < 0.1 ? ` class="${'x'.repeat(pickIndex(random, 5_000))}"` : ''}>`);
    if (random() < 0.05) parts.push(story.slice(pickIndex(random, story.length)).slice(0, 400));
  }
  parts.push(story);
  // Some left unclosed, some closed in the wrong order.
  const closing = random();
  if (closing < 0.4) parts.push(...open.reverse().map((tag) => `</${tag}>`));
  else if (closing < 0.7) parts.push(...open.map((tag) => `</${tag}>`));
  return parts.join('');
}

function randomBytes(random: Random): Uint8Array {
  const bytes = new Uint8Array(1 + pickIndex(random, 50_000));
  for (let i = 0; i < bytes.length; i++) bytes[i] = pickIndex(random, 256);
  return bytes;
}

function unicodeNoise(random: Random): string {
  const length = 1 + pickIndex(random, 20_000);
  let out = '';
  for (let i = 0; i < length; i++)
    out += String.fromCodePoint(pick(random, [0x20, 0x41, 0x2e, 0x0a]) + pickIndex(random, 0x3000));
  return out;
}

/** The i-th malformed file, drawn with `random`: the same seed always gives the same files. */
export function malformedFile(random: Random, story: string, i: number): MalformedFile {
  switch (pickIndex(random, 5)) {
    case 0:
      return { name: `spliced-${i}.txt`, bytes: text(splicedStory(random, story)) };
    case 1:
      return { name: `soup-${i}.html`, bytes: text(tagSoup(random, story)) };
    case 2:
      return { name: `bytes-${i}.txt`, bytes: randomBytes(random) };
    case 3:
      return { name: `noise-${i}.md`, bytes: text(unicodeNoise(random)) };
    default:
      return {
        name: `markdown-${i}.md`,
        bytes: text(
          `# ${story.slice(0, 60)}\n\n${'> '.repeat(pickIndex(random, 500))}${splicedStory(random, story)}`,
        ),
      };
  }
}
