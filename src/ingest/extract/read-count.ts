import { startsPair } from './compound-values.js';
import { countPredicate } from './count-predicate.js';
import { countedPhrase, isPluralNoun } from './counted-phrase.js';
import type { UnitReading } from './read-unit.js';
import { followsYearWord, isYear } from './value-guards.js';
import { clean, type ValueSpan } from './value-span.js';
import type { Word } from './words.js';

/**
 * A number that has no unit of its own, read with what it counts: the noun phrase after it ("70 [major
 * investment projects]"), else the verb or state it goes with ("killed [two]", "[five] missing").
 */
export function readCount(
  sentence: string,
  words: readonly Word[],
  base: Omit<ValueSpan, 'kind' | 'value' | 'end'>,
  reading: UnitReading,
  core: string,
): ValueSpan | undefined {
  const end = reading.end;
  const value = sentence.slice(base.start, end);
  if (
    /^,\s/.test(sentence.slice(end, end + 2)) &&
    /[\p{Lu}][\p{L}'’-]+,\s$/u.test(sentence.slice(0, base.start))
  ) {
    // "Klopp, 47, announced": an age in an apposition.
    return clean({ ...base, kind: 'quantity', value, end, unit: 'years', age: true });
  }
  let from = words.findIndex((w) => w.start >= end);
  // "hundreds of people", "tens of billions of industrial clusters": the counted thing after "of (the)".
  if (from !== -1 && words[from]?.lower === 'of' && /^[a-z]/i.test(core)) from += 1;
  if (words[from]?.lower === 'the' && words[from - 1]?.lower === 'of') from += 1;
  const joined = from !== -1 && sentence.slice(end, words[from]?.start).trim().replace(/^of$/, '') === '';
  const counted = joined ? countedPhrase(sentence, words, from, base.number === 1) : undefined;
  if (reading.magnitude) {
    if (!joined) return undefined;
    return clean({
      ...base,
      kind: 'quantity',
      value,
      end,
      unit: counted?.head,
      ...(counted ? { counted } : {}),
    });
  }
  const textBefore = sentence.slice(0, base.start);
  if (/\b(?:one|1)\s+in\s+$/i.test(textBefore)) return undefined;
  if (counted) {
    if (isYear(core) && (!isPluralNoun(words[from]?.lower ?? '') || followsYearWord(textBefore)))
      return undefined;
    return clean({ ...base, kind: 'count', value, end, unit: counted.head, counted });
  }
  if (isYear(core) || startsPair(sentence, end)) return undefined;
  const predicate = countPredicate(sentence, words, base.start, end);
  return predicate
    ? clean({ ...base, kind: 'count', value, end, unit: predicate.head, predicate })
    : undefined;
}
