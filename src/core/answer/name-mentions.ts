import type { Token } from '../text/tokenize.js';
import type { EntityForm, PreparedEntity } from './prepare-brief.js';
import { sliceText } from './spans.js';

/**
 * The names a sentence mentions: the brief's own entities first (nested ones too), then any other run of
 * capitalised words with a guess at its kind, then names in a row ("Denmark, Iceland and Norway").
 */
interface Mention {
  text: string;
  kind: string;
  span: { start: number; end: number };
}

/** Entities of the brief named in the sentence, then any other run of capitalised words. */
export function nameMentions(
  tokens: readonly Token[],
  entities: readonly PreparedEntity[],
  text: string,
): Mention[] {
  const mentions: Mention[] = [];
  const taken = new Set<number>();
  for (const entity of entities) {
    for (const form of entity.forms) {
      // Nested names both count: "Yunyang County" inside "the government of Yunyang County".
      const at = findForm(tokens, form);
      if (at === -1) continue;
      const span = { start: at, end: at + form.norms.length };
      for (let i = span.start; i < span.end; i++) taken.add(i);
      mentions.push({ text: sliceText(text, tokens, span), kind: entity.kind, span });
      break;
    }
  }
  for (const span of capitalisedRuns(tokens, text)) {
    if (taken.has(span.start)) continue;
    mentions.push({ text: sliceText(text, tokens, span), kind: guessNameKind(tokens, span), span });
  }
  return [...mentions, ...coordinated(mentions, tokens, text)];
}

/** "Denmark, Iceland and Norway": names in a row, joined by commas and "and", answer "which countries". */
function coordinated(mentions: readonly Mention[], tokens: readonly Token[], text: string): Mention[] {
  const ordered = [...mentions].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const lists: Mention[] = [];
  let chain: Mention[] = [];
  const close = () => {
    if (chain.length >= 2) {
      const span = { start: (chain[0] as Mention).span.start, end: (chain.at(-1) as Mention).span.end };
      lists.push({ text: sliceText(text, tokens, span), kind: 'list', span });
    }
  };
  for (const mention of ordered) {
    const last = chain.at(-1);
    if (last && mention.span.start < last.span.end) continue; // nested in the previous name
    const gap = last
      ? text.slice((tokens[last.span.end - 1] as Token).end, (tokens[mention.span.start] as Token).start)
      : '';
    if (last && /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(gap)) chain.push(mention);
    else {
      close();
      chain = [mention];
    }
  }
  close();
  return lists;
}

const ORG_WORDS =
  /^(ministry|bureau|company|corporation|corp|inc|ltd|group|university|association|government|council|agency|commission|administration|academy|observatory|herald|times|news|bank|institute|party|department|committee|federation|union|army|church|court)$/i;
const PLACE_WORDS =
  /^(county|city|province|park|river|street|island|islands|mountains?|region|area|state|valley|sea|ocean|lake|district|kingdom|empire|republic)$/i;
const PERSON_TITLES =
  /^(mr|mrs|ms|dr|president|minister|king|queen|prince|duke|pope|sir|lord|judge|senator|general)$/i;

const TITLE_WORDS =
  /^(president|vice|senior|chairman|chairwoman|director|minister|secretary|chief|ceo|head|manager|spokesman|spokeswoman|governor|mayor)$/i;

/** The kind a capitalised name looks like: a name's first or last word gives an organisation or a place away. */
function guessNameKind(tokens: readonly Token[], span: { start: number; end: number }): string {
  const words = tokens.slice(span.start, span.end).map((t) => t.raw);
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (TITLE_WORDS.test(first)) return 'role'; // "Senior Vice President of Huawei"
  if (ORG_WORDS.test(first) || ORG_WORDS.test(last)) return 'organisation';
  if (PLACE_WORDS.test(last)) return 'place';
  const before = tokens[span.start - 1]?.norm;
  if (before && PERSON_TITLES.test(before)) return 'person';
  if (before === 'in' || before === 'at' || before === 'from' || before === 'to') return 'place';
  return 'entity';
}

const NAME_JOINERS = new Set(['of', 'and', 'the', 'de', 'for', 'du', 'von', 'van']);

/** Runs of capitalised words ("Ministry of Science and Technology"), not counting a sentence's first word. */
function capitalisedRuns(tokens: readonly Token[], text: string): Array<{ start: number; end: number }> {
  // A name does not run across punctuation: "(… Smart Expo), Lu Yong" is two names.
  const joined = (left: number) =>
    /^[\s'’&.-]*$/.test(text.slice(tokens[left]?.end, tokens[left + 1]?.start));
  const runs: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const sentenceStart = i === 0 && token.isStopword;
    if (!token.capitalised || sentenceStart || (token.isStopword && i > 0)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length) {
      const next = tokens[end] as Token;
      if (!joined(end - 1)) break;
      if (next.capitalised && !next.isStopword) end++;
      else if (NAME_JOINERS.has(next.norm) && tokens[end + 1]?.capitalised && joined(end)) end += 2;
      else break;
    }
    if (!(i === 0 && end === 1)) runs.push({ start: i, end });
    i = end;
  }
  return runs;
}

function findForm(tokens: readonly Token[], form: EntityForm): number {
  const { norms } = form;
  if (norms.length === 0) return -1;
  outer: for (let i = 0; i + norms.length <= tokens.length; i++) {
    for (let j = 0; j < norms.length; j++) {
      if ((tokens[i + j] as Token).norm !== norms[j]) continue outer;
    }
    return i;
  }
  return -1;
}
