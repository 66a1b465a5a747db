import { z } from 'zod';
import type { AnswerResult, BriefCollection } from '../core/answer/answer.js';
import { asLibrary } from '../core/library/memory-library.js';

/**
 * One line of `ask` output: the contract's keys in the contract's order, then the ones added since, after
 * them, so that readers of the original six keep working.
 */
export interface AnswerJson {
  question: string;
  brief: string | null;
  answer: string | null;
  abstained: boolean;
  citation: AnswerJsonCitation | null;
  confidence: number;
  /** The title of `brief`: the article answered from, or checked and found silent; null with no brief. */
  briefTitle: string | null;
  /** Abstentions only: the plain statement a reader is shown ("The article doesn't say: …"). */
  reason?: string;
  /** Abstentions only: the question's words the article never mentions, as typed. */
  missing?: string[];
}

export interface AnswerJsonCitation {
  brief: string;
  /** The sentence's index in the brief file's `text.sentences`, counted from 0. */
  sentence: number;
  /** The same sentence counted from 1, as the bot shows it to people ("sentence 20"). */
  sentenceNumber: number;
  text: string;
}

export function toAnswerJson(result: AnswerResult, briefs: BriefCollection): AnswerJson {
  const common = {
    question: result.question,
    brief: result.brief,
    answer: result.abstained ? null : result.answer,
    abstained: result.abstained,
    citation: result.abstained
      ? null
      : {
          brief: result.citation.brief,
          sentence: result.citation.sentence,
          sentenceNumber: result.citation.sentence + 1,
          text: result.citation.text,
        },
    confidence: result.confidence,
    briefTitle: result.brief === null ? null : (asLibrary(briefs).brief(result.brief)?.title ?? null),
  };
  return result.abstained ? { ...common, reason: result.message, missing: result.missing } : common;
}

/** The line written for an input line that could not be asked, so output lines still match input lines. */
export function unansweredJson(question: string, reason: string): AnswerJson {
  return {
    question,
    brief: null,
    answer: null,
    abstained: true,
    citation: null,
    confidence: 0,
    briefTitle: null,
    reason,
    missing: [],
  };
}

const AskLineSchema = z.object({
  question: z.string({ error: 'give the question as a string' }).trim().min(1, 'question is empty'),
  brief: z.string({ error: 'give the brief id as a string' }).trim().min(1, 'brief is empty').optional(),
});

export type AskLine = z.output<typeof AskLineSchema>;

/** A stdin line: plain text is the question; a line starting with "{" is {"question","brief"?}. */
export function parseAskLine(line: string): AskLine | { error: string } {
  const text = line.trim();
  if (!text.startsWith('{')) return { question: text };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'not valid JSON; write plain text or {"question": "…", "brief": "…"}' };
  }
  const parsed = AskLineSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'line';
  return { error: `${field}: ${issue?.message ?? 'invalid'}; write {"question": "…", "brief": "…"}` };
}
