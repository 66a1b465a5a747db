import type { Brief } from '../brief.schema.js';
import type { BriefLibrary } from '../library/brief-library.js';
import type { AnswerModel } from './model/answer-model.js';

/** What kind of thing the question asks for; decides which candidates may answer it. */
export type ExpectedType =
  | 'money'
  | 'count'
  | 'percent'
  | 'temperature'
  | 'date'
  | 'duration'
  | 'quantity'
  | 'number'
  | 'person'
  | 'organisation'
  | 'place'
  | 'entity'
  | 'role'
  | 'reason'
  | 'manner'
  | 'yesno'
  | 'list'
  | 'description';

export interface AnswerCitation {
  brief: string;
  sentence: number;
  text: string;
}

export interface GivenAnswer {
  abstained: false;
  question: string;
  brief: string;
  answer: string;
  citation: AnswerCitation;
  /** 0–1: how sure the engine is that the answer is right. */
  confidence: number;
  expected: ExpectedType;
  /** Editorial notes the brief keeps about the cited sentence, e.g. a slip in the source. */
  notes?: string[];
}

export interface Abstention {
  abstained: true;
  question: string;
  /** The brief the question was routed to, or null when no brief fits it at all. */
  brief: string | null;
  /** A plain statement for the reader: "The article doesn't say …". */
  message: string;
  /** The question's words the article never mentions, as typed; empty when it mentions them all. */
  missing: string[];
  confidence: number;
  expected: ExpectedType;
  /**
   * The sentence that came nearest to answering — not an answer, and never shown as one; it tells an
   * evaluation whether the engine looked in the right place.
   */
  closest?: AnswerCitation;
}

export type AnswerResult = GivenAnswer | Abstention;

export interface AnswerOptions {
  /** Answer from this brief only (its id). */
  briefId?: string;
  /** Below this confidence the engine abstains. */
  threshold?: number;
  /** Another answer model than the bundled one (training scores candidate models with it). */
  model?: AnswerModel;
}

/** The briefs to answer from: an array held in memory, or a library that reads briefs on demand. */
export type BriefCollection = readonly Brief[] | BriefLibrary;
