/**
 * News questions made from CNN/DailyMail highlights, as Hermann et al. (2015) made their reading
 * comprehension set: a highlight restates a fact of its article, so blanking one of its names or figures
 * gives a question the article answers. Here the blank becomes a question phrase in place ("Rivera
 * scored how many points?"), so the engine reads it as it reads a chat question. Unanswerable questions
 * are the same questions asked of another article that shares words with them: a near miss, not noise.
 */

import { findTypedSpans, type SpanKind } from '../../src/core/answer/typed-spans.js';
import type { Brief } from '../../src/core/brief.schema.js';

export interface ClozeQuestion {
  id: string;
  article: string;
  question: string;
  answers: string[];
  unanswerable: boolean;
}

const ASK_FOR_KIND: Partial<Record<SpanKind, string>> = {
  money: 'how much money',
  percent: 'what percentage',
  count: 'how many',
  date: 'when',
  duration: 'how long',
  quantity: 'how much',
};

interface Blank {
  start: number;
  end: number;
  answer: string;
  ask: string;
}

/** A highlight tokenised as the set stores it ("Broussard 's kidney .") made readable again. */
export function readableHighlight(line: string): string {
  return line
    .replace(/\s+([.,;:!?%])/g, '$1')
    .replace(/\s+(['’]s)\b/g, '$1')
    .replace(/\s+n't\b/g, "n't")
    .replace(/[.!]+$/, '')
    .trim();
}

/** The questions one highlight gives: each name or figure in it that its article also states. */
export function clozeQuestions(
  highlight: string,
  brief: Brief,
  articleText: string,
  id: string,
): ClozeQuestion[] {
  const text = readableHighlight(highlight);
  const lower = articleText.toLowerCase();
  const asked = blanksOf(text, brief).map((b) => ({ question: `${ask(text, b)}?`, answer: b.answer }));
  return [...asked, ...roleQuestions(text, brief)]
    .filter((q) => q.answer.length > 1 && lower.includes(q.answer.toLowerCase()))
    .map((q, i) => ({
      id: `${id}-${i}`,
      article: brief.id,
      question: q.question,
      answers: [q.answer],
      unanswerable: false,
    }));
}

const AUXILIARY = /\s(is|are|was|were|has|have|had|will|can)\s/;

/**
 * Yes/no questions from a highlight that carries an auxiliary verb: fronted ("Was Liu sentenced to six
 * years?", yes) and negated ("Was Liu not sentenced to six years?", no) — the article states the highlight.
 */
export function yesNoQuestions(highlight: string, id: string, article: string): ClozeQuestion[] {
  const text = readableHighlight(highlight);
  const aux = AUXILIARY.exec(text);
  if (!aux || aux.index === 0) return [];
  const verb = aux[1] as string;
  const subject = text.slice(0, aux.index);
  const rest = text.slice(aux.index + aux[0].length);
  const ask = (negated: boolean) =>
    `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${subject}${negated ? ' not' : ''} ${rest}?`;
  return [
    { id: `${id}-yes`, article, question: ask(false), answers: ['Yes'], unanswerable: false },
    { id: `${id}-no`, article, question: ask(true), answers: ['No'], unanswerable: false },
  ];
}

/** An apposition names a person's role ("Jane Doe, the city's mayor, said"): "Who is Jane Doe?" */
const APPOSITION = /([A-Z][\p{L}.'-]+(?: [A-Z][\p{L}.'-]+)+), (?:the |a |an )?([a-z][^,]{3,60}?),/gu;

function roleQuestions(text: string, brief: Brief): { question: string; answer: string }[] {
  const people = new Set(brief.people.flatMap((p) => [p.name, ...p.aliases]));
  return [...text.matchAll(APPOSITION)]
    .filter((m) => people.has(m[1] as string))
    .map((m) => ({ question: `Who is ${m[1]}?`, answer: m[2] as string }));
}

function ask(text: string, blank: Blank): string {
  const phrase = blank.start === 0 ? blank.ask.charAt(0).toUpperCase() + blank.ask.slice(1) : blank.ask;
  return `${text.slice(0, blank.start)}${phrase}${text.slice(blank.end)}`;
}

function blanksOf(text: string, brief: Brief): Blank[] {
  const blanks: Blank[] = [];
  for (const span of findTypedSpans(text)) {
    const phrase = ASK_FOR_KIND[span.kind];
    if (!phrase) continue;
    // "in 2011" asked as "when": the preposition goes with the blank.
    const before = span.kind === 'date' ? /\b(?:on|in|at)\s$/.exec(text.slice(0, span.start)) : null;
    const start = before ? span.start - before[0].length : span.start;
    const counted = span.kind === 'count' || span.kind === 'quantity';
    blanks.push({ start, end: span.end, answer: span.text, ask: counted ? `${phrase}` : phrase });
  }
  const named: [string, readonly { name: string; aliases: readonly string[] }[]][] = [
    ['who', brief.people],
    ['which organisation', brief.organisations],
    ['where', brief.places],
  ];
  for (const [phrase, entities] of named) {
    for (const entity of entities) {
      const name = [entity.name, ...entity.aliases].find((n) => text.includes(n));
      if (!name) continue;
      const at = text.indexOf(name);
      const before = phrase === 'where' ? /\b(?:in|at|from)\s$/.exec(text.slice(0, at)) : null;
      if (phrase === 'where' && !before) continue;
      const start = before ? at - before[0].length : at;
      blanks.push({ start, end: at + name.length, answer: name, ask: phrase });
    }
  }
  // Overlapping blanks ("in Paris" and "Paris") would ask the same thing twice: keep the first found.
  return blanks.filter((b, i) => !blanks.slice(0, i).some((o) => b.start < o.end && o.start < b.end));
}
