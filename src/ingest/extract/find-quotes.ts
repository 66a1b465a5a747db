import type { Quote } from '../../core/brief.schema.js';
import type { Mention } from './find-entities.js';
import { personMeant, personSalience, type SpeakerContext, speakerMentions } from './quote-speakers.js';
import { findQuotedPieces, type QuotedPiece } from './quoted-pieces.js';
import { SPEECH_VERBS } from './words.js';

const MIN_QUOTE_WORDS = 4;
const PRONOUN = /\b(?:he|she)\b/i;
const PRONOUN_BEFORE = /\b(?:he|she)\s*$/i;
/** "…,” he said", "…,” said Lu Yong", "Lu Yong said: “…" — a verb of saying in a short stretch. */
const SPEECH = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')})\\b`, 'i');
/** A sentence that only says who spoke the quotation before it: "…, Lu Yong, Senior Vice President …, said." */
/** The words just before an opening mark that say who speaks: "He said: ‘", "Lu Yong told reporters, “". */
const SAYS_BEFORE = new RegExp(
  `\\b(?:${[...SPEECH_VERBS].join('|')})\\b(?:\\s+[\\w’']+){0,3}?\\s*[:,]?\\s*$`,
  'i',
);
const AFTER_WINDOW = 160;
const ATTRIBUTION_ONLY = /\b(?:said|says|added|explained|stressed|noted|remarked)\s*[.!]?\s*$/i;

/**
 * The quotations of an article with their speakers: named beside the quotation ("said Lu Yong"), by a
 * pronoun ("he said" — the person named last), in the sentence after it, or carried on from the quotation
 * before. A quotation whose speaker cannot be told (a title, a slogan) is left out.
 */
export function findQuotes(sentences: readonly string[], mentions: readonly (readonly Mention[])[]): Quote[] {
  const pieces = findQuotedPieces(sentences);
  const quotations = new Map<number, QuotedPiece[]>();
  for (const piece of pieces)
    quotations.set(piece.quotation, [...(quotations.get(piece.quotation) ?? []), piece]);
  const salience = personSalience(mentions);
  const speakers = speakerMentions(sentences, mentions);
  const quotes: Quote[] = [];
  let previous: { speaker: string; lastSentence: number } | undefined;
  for (const group of quotations.values()) {
    const first = group[0] as QuotedPiece;
    const last = group.at(-1) as QuotedPiece;
    const words = group.reduce(
      (n, p) => n + countWords(sentences[p.sentence]?.slice(p.start, p.end) ?? ''),
      0,
    );
    if (words < MIN_QUOTE_WORDS) continue;
    const carried =
      previous && first.start <= 1 && previous.lastSentence >= first.sentence - 1
        ? previous.speaker
        : undefined;
    const context: SpeakerContext = { sentences, mentions, salience, speakers };
    const speaker = speakerOf(context, first, last) ?? carried;
    if (!speaker) continue;
    speakers.push({ sentence: last.sentence, at: last.end, name: speaker });
    previous = { speaker, lastSentence: last.sentence };
    for (const piece of group) {
      const text = cleanQuote(sentences[piece.sentence]?.slice(piece.start, piece.end) ?? '');
      // A word or two left over in a sentence ("com.", "…") is no quotation of its own.
      if (countWords(text) >= 2 && /\p{L}/u.test(text))
        quotes.push({ speaker, text, sentence: piece.sentence });
    }
  }
  return quotes;
}

function speakerOf(context: SpeakerContext, first: QuotedPiece, last: QuotedPiece): string | undefined {
  const { sentences, mentions } = context;
  const people = (index: number) => (mentions[index] ?? []).filter((m) => m.kind === 'person');
  if (last.closes) {
    const text = sentences[last.sentence] ?? '';
    const after = text.slice(last.end + 1);
    const nextOpen = after.search(/[“"‘]|(?:^|\s)'/);
    const window = (nextOpen === -1 ? after : after.slice(0, nextOpen)).slice(0, AFTER_WINDOW);
    if (SPEECH.test(window)) {
      const named = people(last.sentence).find(
        (m) => m.start > last.end && m.start <= last.end + 1 + window.length,
      );
      if (named) return named.name;
      if (PRONOUN.test(window)) return personMeant(context, last.sentence, last.start);
    }
  }
  if (first.opens) {
    const text = sentences[first.sentence] ?? '';
    const before = text.slice(Math.max(0, first.start - 80), first.start - 1);
    const says = SAYS_BEFORE.exec(before);
    if (says) {
      // "He said: ‘…": the pronoun right before the verb, not the last name written before it.
      if (PRONOUN_BEFORE.test(before.slice(0, says.index)))
        return personMeant(context, first.sentence, first.start);
      const named = people(first.sentence)
        .filter((m) => m.end < first.start && m.start >= first.start - 80)
        .at(-1);
      if (named) return named.name;
    }
  }
  return last.closes ? speakerInNextSentence(sentences, mentions, last) : undefined;
}

/** "“…ecology.” | On the morning of March 22, …, Lu Yong, Senior Vice President of Huawei …, said." */
function speakerInNextSentence(
  sentences: readonly string[],
  mentions: readonly (readonly Mention[])[],
  last: QuotedPiece,
): string | undefined {
  const rest = (sentences[last.sentence] ?? '').slice(last.end + 1);
  const next = sentences[last.sentence + 1];
  if (/\p{L}{2}/u.test(rest) || !next || /[“”"‘]/.test(next) || !ATTRIBUTION_ONLY.test(next))
    return undefined;
  return (mentions[last.sentence + 1] ?? []).filter((m) => m.kind === 'person').at(-1)?.name;
}

function cleanQuote(text: string): string {
  return text
    .trim()
    .replace(/[,\s]+$/, '')
    .replace(/^[‘“"]+/, '');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
