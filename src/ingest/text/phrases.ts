import { STOPWORDS } from '../../core/text/stopwords.js';
import { startsSentence, type Word } from './names.js';

const LEADING_FILLER =
  /^(?:(?:a total of|a number of|more than|nearly|about|some|all|the|a|an|its|their|his|her|this|these|those)\s+)+/i;
/** A noun phrase ends where a qualifying phrase or clause begins: "heads of companies | such as Huawei". */
const PHRASE_END = new Set(
  'such including like who which that whose in at on with from for to by'.split(' '),
);
const CAPITALISED = /^\p{Lu}/u;

/**
 * Words as one short phrase: at most `max` words (a name is never cut in two), without quotation marks or
 * a dangling function word. With `lowerFirst`, a sentence-initial capital is lowered ("Launched" → "launched").
 */
export function phrase(sentence: string, words: Word[], max: number, lowerFirst = false): string {
  let end = Math.min(words.length, max);
  while (
    end < words.length &&
    CAPITALISED.test(words[end - 1]?.text ?? '') &&
    CAPITALISED.test(words[end]?.text ?? '')
  ) {
    end++;
  }
  const kept = words.slice(0, end);
  while (kept.length > 1 && STOPWORDS.has((kept.at(-1) as Word).text.toLowerCase())) kept.pop();
  const text = kept
    .map((word) => word.text.replace(/^["“”‘’']+|["“”‘’']+$/g, ''))
    .filter(Boolean)
    .join(' ');
  const first = kept[0];
  const lower = lowerFirst && first !== undefined && startsSentence(sentence, first.start);
  return lower ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The head of a subject: "a total of 70 major investment projects" → "70 major investment projects". */
export function nounPhrase(sentence: string, words: Word[]): string | undefined {
  const text = phrase(sentence, words, words.length).replace(LEADING_FILLER, '');
  const kept: string[] = [];
  for (const word of text.split(' ')) {
    if (kept.length > 0 && PHRASE_END.has(word.toLowerCase())) break;
    kept.push(word);
  }
  while (kept.length > 1 && STOPWORDS.has((kept.at(-1) as string).toLowerCase())) kept.pop();
  let end = Math.min(kept.length, 6);
  while (
    end < kept.length &&
    CAPITALISED.test(kept[end - 1] as string) &&
    CAPITALISED.test(kept[end] as string)
  )
    end++;
  const head = kept.slice(0, end).join(' ');
  return head && !STOPWORDS.has(head.toLowerCase()) ? head : undefined;
}
