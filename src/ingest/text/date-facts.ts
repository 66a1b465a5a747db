import type { Fact } from '../../core/brief.schema.js';
import { dateContextReader } from './date-context.js';
import { findDates } from './find-dates.js';
import { readableDate } from './format-date.js';
import { capitalisedNames, mainName, type Word, wordsOf } from './names.js';
import { phrase } from './phrases.js';
import type { Span } from './spans.js';

/** Words before a date that bound it rather than name it: "as early as April 2018", "by 2030". */
const QUALIFIER =
  /\b(as early as|as late as|as of|no later than|not until|since|until|till|before|after|by|around|about|circa|early|late|mid-)\s*$/i;

/**
 * One 'date' fact per date the sentences name. The subject is `subjectOf(index)` when the caller knows
 * better (it returns a non-empty string), else the main name or noun phrase of the date's clause, else the
 * main name of the sentence, else of the sentence before ("Launched in October this year." continues it).
 */
export function dateFacts(
  sentences: readonly { text: string }[],
  reference: Date,
  subjectOf?: (sentenceIndex: number) => string | undefined,
): Fact[] {
  const facts: Fact[] = [];
  sentences.forEach(({ text: sentence }, index) => {
    const contextOf = dateContextReader(sentence);
    for (const date of findDates(sentence, reference)) {
      const context = contextOf(date);
      const value = readableDate(date.iso);
      const subject =
        subjectOf?.(index)?.trim() ||
        context.subject ||
        mainNameOf(sentence, date) ||
        mainNameOf(sentences[index - 1]?.text ?? '') ||
        sentence.split(/\s+/).slice(0, 4).join(' ');
      const fact: Fact = {
        kind: 'date',
        subject,
        description: context.description || phrase(sentence, wordsOutside(sentence, date), 9) || sentence,
        value,
        date: date.iso,
        sentence: index,
      };
      if (date.text !== value) fact.text = date.text;
      const qualifier =
        date.granularity === 'range' ? undefined : QUALIFIER.exec(sentence.slice(0, date.start))?.[1];
      if (qualifier) fact.qualifier = qualifier.toLowerCase();
      facts.push(fact);
    }
  });
  return facts;
}

function mainNameOf(sentence: string, exclude = { start: 0, end: 0 }): string | undefined {
  return mainName(capitalisedNames(sentence, wordsOf(sentence), exclude), exclude.start)?.text;
}

function wordsOutside(sentence: string, date: Span): Word[] {
  return wordsOf(sentence).filter((word) => word.end <= date.start || word.start >= date.end);
}
