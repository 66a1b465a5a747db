import { isPluralNoun } from './counted-phrase.js';
import { findItemAfter, findItemBefore, type Item, isNotAnItem, wholeItem } from './list-items.js';

/** An enumeration in a sentence: "A, B, …, and I"; "such as A, B and C"; "four aspects: a, b, c, and d". */
export interface ListSpan {
  /** From the first item to the last, as written (a leading "the" of the first item included). */
  value: string;
  items: string[];
  start: number;
  end: number;
  /** "such as", "including", "like" when the list gives examples. */
  qualifier?: string;
  /** Where each item starts in the sentence: a name never runs on from one item into the next. */
  itemStarts: number[];
}

export interface Segment {
  text: string;
  start: number;
}

const EXAMPLES = /\b(such as|including|like|namely)\s+(?:the\s+)?$/i;
const PAIR =
  /\b(such as|including)\s+((?:the\s+)?[A-Z][\p{L}\d&’'-]*(?:\s[A-Z][\p{L}\d&’'-]*){0,4})\s+and\s+((?:the\s+)?[A-Z][\p{L}\d&’'-]*(?:\s[A-Z][\p{L}\d&’'-]*){0,4})/dgu;

/** The enumerations of a sentence: three or more items, or two names given as examples. */
export function findLists(sentence: string): ListSpan[] {
  const lists: ListSpan[] = [];
  for (const chunk of splitAt(sentence, /[;()]|\s[–—]\s/g, 0)) {
    const segments = splitAt(chunk.text, /,(?!\d)/g, chunk.start);
    let i = 0;
    while (i < segments.length - 1) {
      const found = listFrom(sentence, segments, i);
      if (found) lists.push(found.list);
      i = found ? found.next : i + 1;
    }
  }
  for (const match of sentence.matchAll(PAIR)) {
    const [, qualifier, a = '', b = ''] = match;
    const start = match.indices?.[2]?.[0] ?? match.index;
    const end = match.index + match[0].length;
    if (lists.some((l) => start < l.end && end > l.start)) continue;
    const items = [a, b].map((item) => item.replace(/^the\s+/, ''));
    lists.push({
      value: sentence.slice(start, end),
      items,
      start,
      end,
      qualifier: (qualifier ?? '').toLowerCase(),
      itemStarts: [start, match.indices?.[3]?.[0] ?? start],
    });
  }
  return lists.sort((x, y) => x.start - y.start);
}

function splitAt(text: string, separator: RegExp, offset: number): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(separator)) {
    segments.push({ text: text.slice(last, match.index), start: offset + last });
    last = match.index + match[0].length;
  }
  segments.push({ text: text.slice(last), start: offset + last });
  return segments;
}

/** The list whose first item ends segment `i`, if the segments after it carry on and close it. */
function listFrom(
  sentence: string,
  segments: readonly Segment[],
  i: number,
): { list: ListSpan; next: number } | undefined {
  const names = /^\s*(?:the\s+)?[A-Z\d]/.test(segments[i + 1]?.text ?? '');
  return oxfordList(sentence, segments, i, names) ?? plainList(sentence, segments, i, names);
}

/** "A, B, and C": every item between commas, the last after ", and" (items may hold an "and" of their own). */
function oxfordList(sentence: string, segments: readonly Segment[], i: number, names: boolean) {
  const later: Item[] = [];
  for (let k = i + 1; k < segments.length; k++) {
    const segment = segments[k] as Segment;
    const closing = /^\s*(?:and|or)\s+/i.exec(segment.text);
    if (closing) {
      const last = findItemAfter(segment, closing[0].length, names);
      if (!last || later.length < 1) return undefined;
      return finish(sentence, segments[i] as Segment, [...later, last], names, k + 1);
    }
    const whole = wholeItem(segment, names);
    if (!whole) return undefined;
    later.push(whole);
  }
  return undefined;
}

/** "A, B and C": the last segment holds the last two items ("new materials and equity investment fund projects"). */
function plainList(sentence: string, segments: readonly Segment[], i: number, names: boolean) {
  const later: Item[] = [];
  for (let k = i + 1; k < segments.length; k++) {
    const segment = segments[k] as Segment;
    const pair = /^(.*?)\s+and\s+/i.exec(segment.text);
    if (!pair?.[1]) {
      const whole = wholeItem(segment, names);
      if (!whole) return undefined;
      later.push(whole);
      continue;
    }
    const before = wholeItem({ text: pair[1], start: segment.start }, names);
    const last = findItemAfter(segment, pair[0].length, names);
    if (!before || !last) return undefined;
    return finish(
      sentence,
      segments[i] as Segment,
      [...later, before, last],
      names,
      k + (last.reachesEnd ? 1 : 0),
    );
  }
  return undefined;
}

function finish(
  sentence: string,
  firstSegment: Segment,
  later: Item[],
  names: boolean,
  next: number,
): { list: ListSpan; next: number } | undefined {
  const longest = Math.max(...later.map((item) => item.words));
  const first = findItemBefore(firstSegment, names, longest);
  if (!first) return undefined;
  const items = [first, ...later];
  if (items.length < 3 || (names && !items.every((item) => /^(?:the\s+)?[A-Z\d]/.test(item.text))))
    return undefined;
  if (items.some((item) => /^(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(item.text)))
    return undefined;
  if (items.some((item) => isNotAnItem(item.text))) return undefined;
  // "Julia's husband, writer and director Brad Hall": one person described three ways.
  if (/['’]s\s+$/.test(sentence.slice(Math.max(0, first.start - 12), first.start))) return undefined;
  const end = (later.at(-1) as Item).end;
  // "Lu Yong, Senior Vice President of Huawei and President of China Region, said": a name and its role.
  if (/^,\s+(?:said|says|told|added|explained)\b/.test(sentence.slice(end))) return undefined;
  const before = sentence.slice(firstSegment.start, first.start);
  const determiner = /\b(?:the|a|an)\s+$/i.exec(before);
  const start = determiner ? first.start - determiner[0].length : first.start;
  const qualifier = EXAMPLES.exec(sentence.slice(0, first.start))?.[1]?.toLowerCase();
  return {
    list: {
      value: sentence.slice(start, end),
      items: withoutSharedHead(
        items.map((item) => item.text.replace(/^(?:the|a|an)\s+/i, '')),
        names,
      ),
      start,
      end,
      ...(qualifier ? { qualifier } : {}),
      itemStarts: items.map((item) => item.start),
    },
    next,
  };
}

/**
 * "new energy, new materials and equity investment fund projects": the last item's plural noun belongs to
 * every item (they are all kinds of projects) when an earlier item is not itself plural.
 */
function withoutSharedHead(items: string[], names: boolean): string[] {
  const last = items.at(-1) ?? '';
  const words = last.split(/\s+/);
  if (names || words.length < 3 || !isPluralNoun(words.at(-1)?.toLowerCase() ?? '')) return items;
  if (items.slice(0, -1).every((item) => isPluralNoun(item.split(/\s+/).at(-1)?.toLowerCase() ?? '')))
    return items;
  return [...items.slice(0, -1), words.slice(0, -1).join(' ')];
}
