import type { Fact } from '../../core/brief.schema.js';
import { clauseFacts } from './clause-facts.js';
import {
  clauseStart,
  nounPhraseBefore,
  type SentenceInfo,
  type SubjectFallback,
  subjectOf,
  trimPhrase,
} from './fact-subject.js';
import type { ListSpan } from './list-spans.js';
import { AUXILIARIES, SPEECH_VERBS } from './words.js';

/** A short phrase in quotation marks that nobody is said to have said: a name for something (“Smart City”). */
const CALLED = /[“"‘]([^“”"‘’.!?,]{3,80}?)[”"’](?![\p{L}])/gu;
const MAX_CALLED_WORDS = 8;
/** "Lu Yong introduced that …": what a named speaker reported. */
const REPORTED = new RegExp(`^(.{2,60}?)\\s+(${[...SPEECH_VERBS].join('|')})\\s+that[,\\s]+(.+?)[.!]?$`, 'i');
/** An adverbial the reported words may open with: "as the digital base of the smart city, …". */
const OPENING_ADVERBIAL =
  /^(?:as|by|in|with|after|when|while|although|though|because|since|to|for|if|at|on|through)\b/i;
const SIMPLE_WORDS = { min: 5, max: 30 };
const EXPLETIVES = /^(?:there|it|this|that|these|those|he|she|they|we|i|you)$/i;

export interface StatementInput {
  info: SentenceInfo;
  lists: readonly ListSpan[];
  /** The sentence already gave other facts: a plain clause would only repeat them. */
  hasFacts: boolean;
}

/** Statements read cheaply and reliably: names in quotation marks, reported speech, plain "X is/can Y". */
export function statementFacts({ info, lists, hasFacts }: StatementInput, fallback: SubjectFallback): Fact[] {
  const facts = [...calledFacts(info, fallback), ...clauseFacts(info, fallback)];
  const reported = reportedFacts(info, lists);
  if (reported.length > 0) return [...facts, ...reported];
  // A clause that opens a list ("Huawei will work … from four aspects: …") says something of its own.
  const opensList = /:\s/.test(info.text) && !/^[^:]*,/.test(info.text);
  if ((!hasFacts || opensList) && facts.length === 0) {
    const plain = plainFact(info, fallback);
    if (plain) facts.push(plain);
  }
  return facts;
}

function calledFacts(info: SentenceInfo, fallback: SubjectFallback): Fact[] {
  const facts: Fact[] = [];
  for (const match of info.text.matchAll(CALLED)) {
    const value = (match[1] ?? '').trim();
    const words = value.split(/\s+/).length;
    const after = info.text.slice(match.index + match[0].length, match.index + match[0].length + 30);
    // One quoted word is a term being discussed (“Norman” comes from “Norseman”), not something named.
    if (
      words < 2 ||
      words > MAX_CALLED_WORDS ||
      /^\s*,?\s*(?:he|she|they|\p{Lu}\p{L}+)?\s*(?:said|says|told)\b/u.test(after)
    )
      continue;
    const before = trimPhrase(info.text.slice(clauseStart(info.text, match.index), match.index));
    facts.push({
      kind: 'statement',
      subject: subjectOf(info, match.index, match.index + match[0].length, fallback),
      description: before.replace(/\s+(?:called|named|dubbed|titled|as|a|an|the)$/i, '') || 'called',
      value,
      sentence: info.index,
    });
  }
  return facts;
}

function reportedFacts(info: SentenceInfo, lists: readonly ListSpan[]): Fact[] {
  const match = REPORTED.exec(info.text.trim());
  if (!match) return [];
  const [, who = '', verb = '', said = ''] = match;
  const speaker = info.mentions.find(
    (m) => m.end <= who.length + 1 && (m.kind === 'person' || m.kind === 'organisation'),
  );
  if (!speaker) return [];
  const saidAt = info.text.indexOf(said);
  let value = said;
  let adverbial = '';
  if (OPENING_ADVERBIAL.test(said)) {
    // Past the adverbial's comma — and past any list inside it ("by accelerating … government, industry, …").
    const list = lists.find(
      (l) => l.start >= saidAt && l.start < saidAt + (said.indexOf(',') + 1 || said.length),
    );
    const from = list ? list.end - saidAt : 0;
    const comma = said.indexOf(', ', from);
    if (comma !== -1) {
      value = said.slice(comma + 2);
      adverbial = said.slice(0, comma);
    }
  }
  const valueAt = saidAt + said.length - value.length;
  const subject =
    info.mentions.find((m) => m.start >= valueAt)?.name ??
    nounPhraseBefore(info.text, valueAt, info.text.length) ??
    speaker.name;
  const facts: Fact[] = [
    {
      kind: 'statement',
      subject,
      description: `what ${speaker.name} ${verb.toLowerCase()}`,
      value: value.trim(),
      sentence: info.index,
    },
  ];
  // "as an important node of the … network, the main project …": what the subject is, said in passing.
  const role = /^as\s+(.{8,})$/i.exec(adverbial)?.[1];
  if (role)
    facts.push({
      kind: 'statement',
      subject,
      description: `what ${subject} is`,
      value: role.trim(),
      sentence: info.index,
    });
  return facts;
}

/** "The construction of intelligent infrastructure is an important guarantee for a smart city." */
function plainFact(info: SentenceInfo, fallback: SubjectFallback): Fact | undefined {
  const text = (info.text.split(/:\s/)[0] ?? '').trim();
  if (/[,;:“”"‘’()\d]/.test(text.replace(/(\p{L})’(\p{L})/gu, '$1$2'))) return undefined;
  const words = text.replace(/[.!]$/, '').split(/\s+/);
  if (words.length < SIMPLE_WORDS.min || words.length > SIMPLE_WORDS.max) return undefined;
  const aux = words.findIndex((w) => AUXILIARIES.has(w.toLowerCase()));
  if (aux < 1 || aux > 8 || aux >= words.length - 2 || EXPLETIVES.test(words[0] ?? '')) return undefined;
  if (/^not$/i.test(words[aux + 1] ?? '')) return undefined;
  const subjectPhrase = words.slice(0, aux).join(' ');
  const named = info.mentions.find((m) => m.end <= subjectPhrase.length)?.name;
  return {
    kind: 'statement',
    subject: named ?? (trimPhrase(subjectPhrase) || fallback.article),
    description: `${subjectPhrase} ${words[aux]}`,
    value: words.slice(aux + 1).join(' '),
    sentence: info.index,
  };
}
