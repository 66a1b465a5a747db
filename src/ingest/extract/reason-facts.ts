import type { Fact } from '../../core/brief.schema.js';
import { type SentenceInfo, type SubjectFallback, subjectOf } from './fact-subject.js';
import { AUXILIARIES, DETERMINERS } from './words.js';

// "In view of the heat, the exhibition is closed." — the reason first, then what it caused.
const REASON_FIRST =
  /^(in view of|because of|due to|owing to|as a result of|in response to|thanks to)\s+([^,]{3,120}),\s+(.{6,}?)[.!]?$/i;
// "The exhibition is closed because of the heat." — what happened, then why.
const REASON_AFTER =
  /^(.{6,}?),?\s+(because of|because|due to|owing to|as a result of)\s+([^,]{3,160}?)[.!]?$/i;
const MAX_SUBJECT_WORDS = 8;

/**
 * Statement facts for sentences that give an explicit reason: the main clause's predicate as the value, the
 * reason in the description, so that "why was the exhibition closed?" finds both.
 */
export function reasonFacts(info: SentenceInfo, fallback: SubjectFallback): Fact[] {
  const text = info.text.trim();
  const first = REASON_FIRST.exec(text);
  if (first)
    return [
      statement(
        info,
        fallback,
        first[3] ?? '',
        `${first[1]?.toLowerCase()} ${first[2]}`,
        text.indexOf(first[3] ?? ''),
      ),
    ];
  const after = REASON_AFTER.exec(text);
  if (after && !/^(?:it|this|that)\s+(?:is|was)\b/i.test(text)) {
    return [statement(info, fallback, after[1] ?? '', `${after[2]?.toLowerCase()} ${after[3]}`, 0)];
  }
  return [];
}

function statement(
  info: SentenceInfo,
  fallback: SubjectFallback,
  clause: string,
  reason: string,
  at: number,
): Fact {
  const words = clause.split(/\s+/);
  const aux = words.findIndex((w) => AUXILIARIES.has(w.toLowerCase()));
  const subjectWords = aux > 0 ? words.slice(0, aux) : [];
  while (subjectWords.length > 0 && DETERMINERS.has((subjectWords[0] as string).toLowerCase()))
    subjectWords.shift();
  const named = subjectWords.length > 0 && subjectWords.length <= MAX_SUBJECT_WORDS;
  const subject = named
    ? subjectWords.join(' ')
    : subjectOf(info, Math.max(0, at), at + clause.length, fallback);
  const value = (aux > 0 ? words.slice(aux + 1).join(' ') : clause).replace(/[.!]$/, '').trim();
  return {
    kind: 'statement',
    subject,
    description: `${subject} ${reason}`.replace(/\s+/g, ' '),
    value: value || clause,
    sentence: info.index,
  };
}
