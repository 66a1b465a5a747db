import type { Mention } from './find-entities.js';
import { AUXILIARIES, DETERMINERS, FUNCTION_WORDS, type Word } from './words.js';

/** One sentence as the fact builders read it. */
export interface SentenceInfo {
  index: number;
  text: string;
  words: readonly Word[];
  mentions: readonly Mention[];
}

/** What a fact falls back on when its sentence names nothing: the previous sentence's or the article's. */
export interface SubjectFallback {
  previous: (index: number) => string | undefined;
  article: string;
}

// "Lu Yong said that …", "The reporter learned from the organizer that …", "it is expected that …".
const REPORTING_THAT =
  /\b(?:said|says|say|revealed|reveals|introduced|added|learned|learnt|reported|reports|announced|told [\w\s]{1,30}?|noted|explained|believes?|stated|expected|estimated|claimed|claims|showed|shows|found)\b(?: from [^,]{1,60}?)? that\s+/g;

/** Where the words that carry a fact begin: after a reporting "… said that". */
export function scopeStart(text: string, before: number): number {
  let start = 0;
  for (const match of text.matchAll(REPORTING_THAT)) {
    const end = match.index + match[0].length;
    if (end <= before) start = end;
  }
  return start;
}

/** Start of the clause holding `at`: just after the last comma, semicolon, colon or quotation mark. */
export function clauseStart(text: string, at: number, floor = 0): number {
  for (let i = at - 1; i >= floor; i--) {
    const c = text[i] as string;
    if (c === ',' && /\d/.test(text[i + 1] ?? '')) continue;
    if (',;:“”"(—'.includes(c)) return i + 1;
  }
  return floor;
}

/** End of the clause holding `at`. */
export function clauseEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text[i] as string;
    if ((c === ',' || c === '.') && /\d/.test(text[i + 1] ?? '')) continue;
    if (',;:.!?“”"()—'.includes(c)) return i;
  }
  return text.length;
}

/** The words of a noun phrase up to its verb: "the city’s average … days may reach" → "city’s average … days". */
export function nounPhraseBefore(text: string, from: number, to: number): string | undefined {
  const phrase = text.slice(from, to).trim();
  const words = phrase.split(/\s+/);
  let aux = words.findIndex((w) => AUXILIARIES.has(w.toLowerCase()));
  // "Smart cities require …" at the start of a sentence: the last word is the verb.
  const atStart = /^[\s“"‘]*$/.test(text.slice(0, from));
  const plain = words.every((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (aux === -1 && atStart && plain && words.length >= 2 && words.length <= 3) aux = words.length - 1;
  if (aux <= 0) return undefined;
  // "People who have never been divorced …": the phrase ends where a relative clause begins.
  const relative = words.findIndex((w) => /^(?:who|which|that|whose|whom)$/i.test(w));
  const kept = words.slice(0, relative > 0 && relative < aux ? relative : aux);
  while (kept.length > 0 && FUNCTION_WORDS.has((kept[0] as string).toLowerCase())) kept.shift();
  const np = kept.join(' ');
  return kept.length > 0 && kept.length <= 8 && !/\d/.test(np) ? np : undefined;
}

/**
 * Who or what a value is about: a name in its own clause, else the nearest name before it, else the noun
 * phrase the clause starts with, else a name elsewhere in the sentence, the sentence before, the article.
 */
export function subjectOf(info: SentenceInfo, start: number, end: number, fallback: SubjectFallback): string {
  const { text, mentions } = info;
  const scope = scopeStart(text, start);
  // Past the colon or quotation mark that may open the value: "Smart cities require ‘good perception, …".
  const opening = /[\s:‘“"'(]*$/.exec(text.slice(scope, start))?.[0].length ?? 0;
  const from = clauseStart(text, start - opening, scope);
  const to = clauseEnd(text, end);
  const outside = mentions.filter((m) => m.end <= start || m.start >= end);
  const inClause = outside.filter((m) => m.start >= from && m.end <= to);
  // The first name before the value is usually the clause's subject: "Huawei will gather Chongqing’s …".
  const found =
    inClause.find((m) => m.end <= start) ??
    inClause[0] ??
    outside.find((m) => m.start >= scope && m.end <= start) ??
    outside.find((m) => m.start >= end);
  if (found) return found.name;
  const phrase = nounPhraseBefore(text, from, start - opening);
  if (phrase) return phrase;
  return outside[0]?.name ?? fallback.previous(info.index) ?? fallback.article;
}

/** Drops leading conjunctions and determiners and a trailing copula: "and the maximum temperature … was". */
export function trimPhrase(phrase: string): string {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  while (
    words.length > 0 &&
    /^(?:and|but|or|so|with|while|as|of|to|that|which|then)$/i.test(words[0] as string)
  )
    words.shift();
  while (words.length > 0 && DETERMINERS.has((words[0] as string).toLowerCase())) words.shift();
  while (
    words.length > 0 &&
    /^(?:is|are|was|were|be|been|of|stood|at|to|and|by|with|reached|hit)$/i.test(words.at(-1) as string)
  ) {
    words.pop();
  }
  return words.join(' ');
}
