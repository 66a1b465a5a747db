import { z } from 'zod';

/**
 * The brief: one article's structured data. Every entity, fact and quote points at the sentence it was
 * read from, so that every answer built on it can cite its source.
 */

const sentenceIndex = z.number().int().nonnegative().describe('Index into text.sentences');
const sentenceList = z.array(sentenceIndex).min(1).describe('Sentences that mention it, first mention first');
const aliases = z.array(z.string().min(1)).default([]).describe('Other names the article uses for it');

export const BRIEF_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,119}$/;

export const SentenceSchema = z.object({
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative().describe('Offset of the first character in text.body'),
  end: z.number().int().nonnegative().describe('Offset just past the last character in text.body'),
  text: z.string().min(1),
});

export const ParagraphSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const ArticleTextSchema = z.object({
  body: z.string().min(1).describe('The full article text; paragraphs are separated by blank lines'),
  paragraphs: z.array(ParagraphSchema).min(1),
  sentences: z.array(SentenceSchema).min(1),
});

export const PersonSchema = z.object({
  name: z.string().min(1),
  aliases,
  role: z.string().min(1).optional().describe('Title or job as the article gives it'),
  organisation: z.string().min(1).optional(),
  sentences: sentenceList,
});

export const OrganisationSchema = z.object({
  name: z.string().min(1),
  aliases,
  kind: z.string().min(1).optional().describe('company, government body, media outlet, …'),
  sentences: sentenceList,
});

export const PlaceSchema = z.object({
  name: z.string().min(1),
  aliases,
  within: z.string().min(1).optional().describe('The larger place it lies in'),
  sentences: sentenceList,
});

export const EventSchema = z.object({
  name: z.string().min(1),
  aliases,
  date: z.string().min(1).optional().describe('ISO 8601 date, month or year'),
  place: z.string().min(1).optional(),
  sentences: sentenceList,
});

export const FACT_KINDS = [
  'money',
  'count',
  'percent',
  'temperature',
  'date',
  'duration',
  'quantity',
  'list',
  'statement',
] as const;

/** Values of two numbers read as one: a score or vote ("213-208"), a range ("20-30%"), a part ("7 of 630"). */
export const FACT_SHAPES = ['score', 'range', 'ratio'] as const;

export const FactSchema = z.object({
  kind: z.enum(FACT_KINDS),
  subject: z.string().min(1).describe('Who or what the fact is about'),
  description: z.string().min(1).describe('The words that say what the value measures'),
  value: z.string().min(1).describe('The value as a reader should see it, e.g. "212.1 billion yuan"'),
  text: z
    .string()
    .min(1)
    .optional()
    .describe('The exact words of the sentence when value is a normalised form of them'),
  unit: z.string().min(1).optional(),
  number: z.number().optional().describe('The value as a plain number where there is one'),
  shape: z.enum(FACT_SHAPES).optional().describe('Set when the value is two numbers read as one'),
  numbers: z
    .array(z.number())
    .optional()
    .describe('Both numbers of a score, range or ratio, in the order written'),
  qualifier: z.string().min(1).optional().describe('e.g. "more than", "about", "up to"'),
  date: z.string().min(1).optional().describe('ISO 8601 form of a date value'),
  items: z.array(z.string().min(1)).optional().describe('The members of a list fact'),
  sentence: sentenceIndex,
  note: z.string().min(1).optional().describe('An editorial note, e.g. a slip in the source'),
});

export const QuoteSchema = z.object({
  speaker: z.string().min(1),
  text: z.string().min(1),
  sentence: sentenceIndex,
});

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'expected an ISO 8601 date like 2022-08-22');

const BriefObjectSchema = z.object({
  $schema: z.string().optional(),
  id: z.string().regex(BRIEF_ID_PATTERN, 'use lower-case letters, digits and dashes'),
  title: z.string().min(1),
  originalTitle: z.string().min(1).optional(),
  published: isoDate.describe(
    "The article's date; for an undated brief, the day it was added (ids and digests need a day)",
  ),
  undated: z
    .literal(true)
    .optional()
    .describe(
      'Set when neither the input nor the article gave a date: published is then not the article\'s date, and readers show "undated"',
    ),
  addedAt: isoDate.optional().describe('When the brief entered the library'),
  outlet: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  url: z.url().optional(),
  feed: z
    .string()
    .min(1)
    .optional()
    .describe('The feed the article came from: its digests go only to the channels that follow that feed'),
  dateline: z.string().min(1).optional().describe('The place the article was reported from'),
  language: z.string().min(2).default('en'),
  text: ArticleTextSchema,
  people: z.array(PersonSchema).default([]),
  organisations: z.array(OrganisationSchema).default([]),
  places: z.array(PlaceSchema).default([]),
  events: z.array(EventSchema).default([]),
  facts: z.array(FactSchema).default([]),
  quotes: z.array(QuoteSchema).default([]),
  topics: z.array(z.string().min(1)).default([]),
  notes: z.array(z.string().min(1)).default([]).describe('Editorial notes about the source'),
});

export const BriefSchema = BriefObjectSchema.superRefine(checkSentenceReferences);

export type Brief = z.infer<typeof BriefSchema>;
export type BriefInput = z.input<typeof BriefSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type FactKind = (typeof FACT_KINDS)[number];
export type FactShape = (typeof FACT_SHAPES)[number];
export type Sentence = z.infer<typeof SentenceSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Quote = z.infer<typeof QuoteSchema>;

/** Offsets must match the body and every sentence reference must exist: a citation may never dangle. */
function checkSentenceReferences(
  brief: z.infer<typeof BriefObjectSchema>,
  ctx: z.RefinementCtx<z.infer<typeof BriefObjectSchema>>,
): void {
  const { body, sentences, paragraphs } = brief.text;
  sentences.forEach((sentence, index) => {
    if (body.slice(sentence.start, sentence.end) !== sentence.text) {
      ctx.addIssue({
        code: 'custom',
        path: ['text', 'sentences', index, 'text'],
        message: `does not match text.body at offsets ${sentence.start}–${sentence.end}`,
      });
    }
    if (sentence.paragraph >= paragraphs.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['text', 'sentences', index, 'paragraph'],
        message: `paragraph ${sentence.paragraph} does not exist (there are ${paragraphs.length})`,
      });
    }
  });
  const count = sentences.length;
  const check = (path: (string | number)[], index: number) => {
    if (index >= count) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `sentence ${index} does not exist (there are ${count})`,
      });
    }
  };
  for (const group of ['people', 'organisations', 'places', 'events'] as const) {
    brief[group].forEach((item, i) => {
      item.sentences.forEach((s, j) => {
        check([group, i, 'sentences', j], s);
      });
    });
  }
  for (const group of ['facts', 'quotes'] as const) {
    brief[group].forEach((item, i) => {
      check([group, i, 'sentence'], item.sentence);
    });
  }
}
