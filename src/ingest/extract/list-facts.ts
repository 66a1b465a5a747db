import type { Fact } from '../../core/brief.schema.js';
import {
  clauseStart,
  type SentenceInfo,
  type SubjectFallback,
  scopeStart,
  subjectOf,
} from './fact-subject.js';
import type { Mention } from './find-entities.js';
import type { ListSpan } from './list-spans.js';
import { AUXILIARIES, FUNCTION_WORDS } from './words.js';

const MAX_DESCRIPTION_WORDS = 16;

/** A sentence's enumerations as list facts: the items, what they are of, and who they are about. */
export function listFacts(info: SentenceInfo, found: readonly ListSpan[], fallback: SubjectFallback): Fact[] {
  const lists = [...found, ...namePairs(info, found)].sort((a, b) => a.start - b.start);
  return lists.map((list, i) => {
    const fact: Fact = {
      kind: 'list',
      subject: subjectOf(info, list.start, list.end, fallback),
      description: describeList(info.text, list, lists[i - 1]?.end ?? 0),
      value: list.value,
      items: list.items,
      sentence: info.index,
    };
    if (list.qualifier) fact.qualifier = list.qualifier;
    return fact;
  });
}

/**
 * The words before the list say what it is: "The 2022 Smart Expo is [jointly organized by]", "[world-renowned
 * companies] such as", "[four aspects]:". After a verb like "is" only the predicate is kept.
 */
function describeList(text: string, list: ListSpan, floor: number): string {
  const scope = Math.max(floor, scopeStart(text, list.start));
  // The words right before the list, past the colon or quotation mark that opens it.
  const opening = /[\s:‘“"'(]*$/.exec(text.slice(0, list.start))?.[0].length ?? 0;
  const before = text
    .slice(clauseStart(text, list.start - opening, scope), list.start)
    .replace(/\s*\b(?:such as|including|like|namely)\s*$/i, '')
    .replace(/[\s:‘“"'(]+$/, '');
  const words = before.trim().split(/\s+/).filter(Boolean);
  const aux = words.findIndex((w) => AUXILIARIES.has(w.toLowerCase()));
  let kept = aux >= 0 && aux < words.length - 1 ? words.slice(aux + 1) : words;
  kept = kept.slice(-MAX_DESCRIPTION_WORDS);
  while (kept.length > 1 && FUNCTION_WORDS.has((kept[0] as string).toLowerCase())) kept = kept.slice(1);
  const description = kept.join(' ');
  return description || (list.qualifier ? `examples (${list.qualifier})` : 'list');
}

/** "Changan and CCID": two names of one kind joined by "and", outside any longer list. */
function namePairs(info: SentenceInfo, lists: readonly ListSpan[]): ListSpan[] {
  const pairs: ListSpan[] = [];
  const { text, mentions } = info;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as Mention;
    const b = mentions[i + 1] as Mention;
    if (a.kind !== b.kind || a.kind === 'event' || !/^\s+and\s+$/.test(text.slice(a.end, b.start))) continue;
    if (lists.some((l) => a.start < l.end && b.end > l.start)) continue;
    const items = [text.slice(a.start, a.end), text.slice(b.start, b.end)];
    pairs.push({
      value: text.slice(a.start, b.end),
      items,
      start: a.start,
      end: b.end,
      itemStarts: [a.start, b.start],
    });
  }
  return pairs;
}
