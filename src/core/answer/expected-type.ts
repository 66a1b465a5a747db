import { STOPWORDS } from '../text/stopwords.js';
import type { ExpectedType } from './answer.js';

export interface TypeDetection {
  expected: ExpectedType;
  /** Positions of words that only say what kind of answer is wanted ("what *percentage*"). */
  typeWords: Set<number>;
  /** Where the words naming the asked-about thing begin, and how to read them. */
  headStart: number;
  headMode: 'run' | 'last' | 'none';
  wantsList: boolean;
  /** Position of the noun naming the kind of answer ("which [county]"), when there is one. */
  kindNounAt?: number;
}

const WH = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how']);
const AUX = new Set(
  'is are was were do does did has have had can could will would should shall may might must'.split(' '),
);
const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
]);
const PERCENT_WORDS = new Set([
  'percentage',
  'percent',
  'proportion',
  'fraction',
  'portion',
  'share',
  'ratio',
]);
const DATE_WORDS = new Set(['date', 'day', 'year', 'month', 'time', 'decade', 'century', 'week', 'era']);
const ROLE_WORDS = new Set(['position', 'role', 'title', 'job', 'post', 'occupation', 'profession']);
const MONEY_WORDS =
  /^(money|invest|investment|investments|invested|cost|costs|spend|spent|pay|paid|worth|value|price|fund|funds|funding|budget|revenue|revenues|sales|profit|profits|raise|raised|earn|earned|yuan|dollars|contracted|contract|loan|debt|fine|salary|income)$/;
const ORGANISATION_NOUNS =
  /^(company|companies|firm|firms|organization|organizations|ministry|ministries|agency|agencies|bureau|department|government|governments|newspaper|outlet|university|institution|institutions|enterprise|enterprises|group|team|party|body|bodies|observatory|association|brand|bank|organizer|organizers)$/;
const PLACE_NOUNS =
  /^(city|cities|country|countries|county|province|region|area|place|places|park|town|state|district|location|venue|continent|island|river)$/;
const PERSON_NOUNS =
  /^(person|people|man|woman|official|officials|executive|executives|leader|leaders|reporter|journalist|president|king|queen|author|speaker|minister|ceo|founder|player|players)$/;
const AMOUNT_WORDS = new Set(['amount', 'value', 'sum', 'total']);
const TIME_UNITS = new Set(['days', 'weeks', 'months', 'years', 'hours', 'minutes', 'decades']);

function plural(word: string | undefined): boolean {
  return !!word && ((word.endsWith('s') && !word.endsWith('ss')) || word === 'people' || word === 'children');
}

export function detectExpectedType(words: readonly string[]): TypeDetection {
  const q = words.findIndex((w) => WH.has(w));
  const result = (
    expected: ExpectedType,
    typeWords: number[],
    headStart: number,
    headMode: TypeDetection['headMode'],
    wantsList = false,
  ): TypeDetection => ({ expected, typeWords: new Set(typeWords), headStart, headMode, wantsList });

  if (q === -1) {
    if (words[0] && AUX.has(words[0]) && !words.includes('or')) return result('yesno', [], 1, 'none');
    if (words[0] === 'name' || words[0] === 'list') return result('list', [0], 1, 'run', true);
    return result('description', [], 0, 'none');
  }
  const wh = words[q] as string;
  const next = words[q + 1];
  const after = words[q + 2];
  const has = (pattern: RegExp) => words.some((w) => pattern.test(w));

  switch (wh) {
    case 'how':
      if (next === 'many') return result('count', [q, q + 1], q + 2, 'run');
      if (next === 'much') {
        const expected = has(MONEY_WORDS) ? 'money' : 'quantity';
        // "how much money" / "how much in total": the word only restates the kind of answer.
        const restates = after !== undefined && /^(money|total|amount|sum|value|cash|capital)$/.test(after);
        const start = restates ? q + 3 : q + 2;
        const first = words[start];
        const mode = first && !AUX.has(first) ? 'run' : 'last';
        return result(expected, restates ? [q, q + 1, q + 2] : [q, q + 1], start, mode);
      }
      // "How long is the bridge?" asks for a length; "how long did the repairs take?" for a time.
      if (next === 'long' && after && COPULA.has(after)) return result('quantity', [q, q + 1], q + 2, 'last');
      if (next === 'long') return result('duration', [q, q + 1], q + 2, 'last');
      if (next === 'old') return result('number', [q, q + 1], q + 2, 'none');
      if (next === 'hot' || next === 'cold' || next === 'warm')
        return result('temperature', [q, q + 1], q, 'none');
      if (next === 'high' && has(/^temperatures?$/)) return result('temperature', [q, q + 1], q, 'none');
      if (next === 'far' || next === 'big' || next === 'large' || next === 'high' || next === 'tall')
        return result('quantity', [q, q + 1], q + 2, 'last');
      return result('manner', [q], q + 1, 'last');
    case 'who':
    case 'whom':
    case 'whose': {
      if (next && COPULA.has(next)) {
        const rest = words.slice(q + 2).filter((w) => !DETERMINERS.has(w));
        // "Who is Lu Yong?" asks for the person's role; "Who was the first king?" for a person.
        if (rest.length > 0 && rest.length <= 3 && !rest.some((w) => PERSON_NOUNS.test(w)))
          return result('role', [q], q + 2, 'none');
        return result('person', [q], skipDeterminers(words, q + 2), 'run');
      }
      return result('person', [q], q + 1, 'run');
    }
    case 'when':
      return result('date', [q], q + 1, 'last');
    case 'where':
      // "where is it located / held / built": the verb only restates the question.
      return result('place', [q], q + 1, 'none');
    case 'why':
      return result('reason', [q], q + 1, 'last');
    default:
      return detectWhatWhich(words, q);
  }

  function detectWhatWhich(ws: readonly string[], at: number): TypeDetection {
    let i = at + 1;
    const first = ws[i];
    if (first === 'kind' || first === 'type' || first === 'sort') i += 2; // "what kind of X"
    const word = ws[i];
    if (word === undefined) return result('description', [], i, 'none');
    if (PERCENT_WORDS.has(word)) return result('percent', [i], i + 1, 'none');
    if (DATE_WORDS.has(word)) return result('date', [i], i + 1, 'none');
    if (word === 'temperature') return result('temperature', [], i, 'none');
    if (ROLE_WORDS.has(word)) return result('role', [i], i + 1, 'none');
    if (word === 'number' && ws[i + 1] === 'of') return result('count', [i, i + 1], i + 2, 'run');
    if (word === 'amount' || word === 'sum')
      return result(has(MONEY_WORDS) ? 'money' : 'quantity', [i], i + 1, 'run');
    if (word === 'reason' || word === 'caused') return result('reason', [i], i + 1, 'last');
    if (COPULA.has(word)) return detectAfterCopula(ws, i + 1);
    if (AUX.has(word)) return result('description', [], i + 1, 'last');
    return detectFromNoun(ws, i);
  }

  /** "What is/was [the expected average number] of …": the last word of the noun phrase says what is wanted. */
  function detectAfterCopula(ws: readonly string[], start: number): TypeDetection {
    const i = skipDeterminers(ws, start);
    let end = i;
    while (end < ws.length && !STOPWORDS.has(ws[end] as string)) end++;
    const headAt = end - 1;
    const head = ws[headAt];
    const rest = end + (ws[end] === 'of' ? 1 : 0);
    if (head === undefined || headAt < i) return result('description', [], i, 'none');
    if (ROLE_WORDS.has(head)) return result('role', [headAt], i, 'none');
    if (PERCENT_WORDS.has(head)) return result('percent', [headAt], rest, 'run');
    if (head === 'temperature' || head === 'temperatures') return result('temperature', [], i, 'none');
    if (DATE_WORDS.has(head)) return result('date', [headAt], rest, 'none');
    if (head === 'reason' || head === 'cause') return result('reason', [headAt], rest, 'last');
    if ((head === 'number' || head === 'count') && ws[end] === 'of')
      return result('count', [headAt], rest, 'run');
    if (AMOUNT_WORDS.has(head)) return result(has(MONEY_WORDS) ? 'money' : 'quantity', [headAt], rest, 'run');
    const copula = ws[start - 1];
    const listy = (copula === 'are' || copula === 'were') && plural(head);
    return result(listy ? 'list' : 'description', [], i, 'run', listy);
  }

  function detectFromNoun(ws: readonly string[], i: number): TypeDetection {
    // The noun is the last word of the run that follows "which"/"what" ("which Singapore ministry").
    let end = i;
    while (end - i < 2 && ws[end + 1] !== undefined && !AUX.has(ws[end + 1] as string)) {
      const candidate = ws[end + 1] as string;
      if (WH.has(candidate) || /^(of|in|on|at|for|to|from|with|by|and|the|that|a|an)$/.test(candidate)) break;
      // A past-tense verb ends the noun: "which county [joined] hands".
      if (
        /[^e]ed$|^(gave|took|made|won|held|led|said|became|began|went|came|saw|got|built|sent|put)$/.test(
          candidate,
        )
      )
        break;
      end++;
    }
    // The first word that names a kind decides: "which companies' heads" asks for companies.
    const run = ws.slice(i, end + 1);
    const named = run.find((w) => ORGANISATION_NOUNS.test(w) || PLACE_NOUNS.test(w) || PERSON_NOUNS.test(w));
    const noun = named ?? (ws[end] as string);
    const wantsList = plural(noun) && !TIME_UNITS.has(noun);
    // A kind of thing ("which city", "which companies") is met by an answer of that kind, not by the word.
    const kind = named ? [i + run.indexOf(named)] : [];
    const withKind = (expected: ExpectedType) => ({
      ...result(expected, kind, i, 'run', wantsList),
      ...(kind[0] === undefined ? {} : { kindNounAt: kind[0] }),
    });
    if (ORGANISATION_NOUNS.test(noun)) return withKind('organisation');
    if (PLACE_NOUNS.test(noun)) return withKind('place');
    if (PERSON_NOUNS.test(noun)) return withKind('person');
    if (DATE_WORDS.has(noun)) return result('date', [end], i, 'none');
    return result(wantsList ? 'list' : 'entity', [], i, 'run', wantsList);
  }
}

function skipDeterminers(words: readonly string[], start: number): number {
  let i = start;
  while (words[i] !== undefined && DETERMINERS.has(words[i] as string)) i++;
  return i;
}
