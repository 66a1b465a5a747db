import type { Fact } from '../../core/brief.schema.js';
import {
  clauseStart,
  type SentenceInfo,
  type SubjectFallback,
  subjectOf,
  trimPhrase,
} from './fact-subject.js';

/**
 * Statements from the shape of a sentence, where the shape alone says where a clause starts and ends:
 * predicates joined by ", and" ("… joined hands with Huawei …, and took the lead in …, and continued to …"),
 * "not only X, but also Y", and a closing participle clause (", exceeding the extreme value …").
 */
export function clauseFacts(info: SentenceInfo, fallback: SubjectFallback): Fact[] {
  const text = info.text.trim().replace(/[.!]$/, '');
  return [
    ...coordinated(info, text),
    ...notOnlyButAlso(info, text, fallback),
    ...closingParticiple(info, text, fallback),
  ];
}

const PAST_VERB =
  /^(?:[a-z]+ed|took|made|gave|became|began|won|led|set|put|held|left|kept|saw|went|came|found|got|built|brought|paid|sent|spent|told|thought|drew|grew|rose|fell|ran|met|lost|sold|bought|signed)\b/;
const AND_PREDICATE = /,\s+and\s+(?=[a-z]+\b)/g;
const MAX_PREDICATE_WORDS = 30;
/** Words between a subject's name and its verb: "the government of Yunyang County [in Chongqing] joined". */
const MAX_WORDS_TO_VERB = 4;

function coordinated(info: SentenceInfo, text: string): Fact[] {
  const cuts = [...text.matchAll(AND_PREDICATE)].filter((m) =>
    PAST_VERB.test(text.slice(m.index + m[0].length)),
  );
  const firstCut = cuts[0];
  if (!firstCut) return [];
  const subject = info.mentions.find((m) => m.end <= firstCut.index);
  if (!subject) return [];
  const afterName = text.slice(subject.end, firstCut.index);
  const words = afterName.trim().split(/\s+/);
  const verbAt = words.findIndex((w) => PAST_VERB.test(w));
  if (verbAt === -1 || verbAt > MAX_WORDS_TO_VERB || /[,;:]/.test(words.slice(0, verbAt).join(' ')))
    return [];
  const predicates = [words.slice(verbAt).join(' ')];
  cuts.forEach((cut, i) => {
    const end = cuts[i + 1]?.index ?? text.length;
    predicates.push(text.slice(cut.index + cut[0].length, end).trim());
  });
  return predicates
    .filter((p) => p.split(/\s+/).length <= MAX_PREDICATE_WORDS)
    .map((value) => ({
      kind: 'statement' as const,
      subject: subject.name,
      description: `what ${subject.name} ${value.split(/\s+/)[0] ?? 'did'}`,
      value,
      sentence: info.index,
    }));
}

const NOT_ONLY = /\bnot only\s+(.+?),?\s+but also\s+(.+)$/i;

function notOnlyButAlso(info: SentenceInfo, text: string, fallback: SubjectFallback): Fact[] {
  const match = NOT_ONLY.exec(text);
  if (!match) return [];
  const before = trimPhrase(text.slice(clauseStart(text, match.index), match.index));
  const named = info.mentions.find((m) => m.end <= match.index)?.name;
  const subject =
    named ??
    (/^(?:it|they|he|she)\b/i.test(before) ? fallback.previous(info.index) : undefined) ??
    fallback.article;
  return [match[1], match[2]].map((value = '') => ({
    kind: 'statement' as const,
    subject,
    description:
      `${before.replace(/^(?:it|they|he|she)\b/i, subject) || subject} ${value.split(/\s+/)[0] ?? ''}`.trim(),
    value: value.trim(),
    sentence: info.index,
  }));
}

/** A closing participle clause longer than this is a second sentence, not a remark on the first. */
const MAX_PARTICIPLE_WORDS = 14;
const PARTICIPLE =
  /,\s+((?!(?:including|according|during|following|regarding|concerning|excluding|notwithstanding|pending|morning|evening|nothing|something|anything|everything)\b)[a-z]+ing\b[^,;]{3,})$/;

function closingParticiple(info: SentenceInfo, text: string, fallback: SubjectFallback): Fact[] {
  const match = PARTICIPLE.exec(text);
  const value = match?.[1];
  if (!match || !value || value.split(/\s+/).length > MAX_PARTICIPLE_WORDS || /[“”"‘]/.test(value)) return [];
  const before = trimPhrase(text.slice(clauseStart(text, match.index), match.index));
  const start = match.index + match[0].length - value.length;
  return [
    {
      kind: 'statement',
      subject: subjectOf(info, start, start + value.length, fallback),
      description: before.split(/\s+/).slice(-12).join(' ') || 'what followed',
      value,
      sentence: info.index,
    },
  ];
}
