import type { Verdict } from './feedback.js';

/**
 * What every platform does with a 👍/👎 click, whatever draws the buttons: which question is kept with it,
 * and what the person is told. Anyone who can see a reply may judge it; one verdict a person a message.
 */

/** The question kept with a click: one line, at most 300 characters (Slack's button value holds 2,000). */
export const FEEDBACK_QUESTION_MAX = 300;

/**
 * The question as a click keeps it: whitespace folded, cut to FEEDBACK_QUESTION_MAX, without the NUL and
 * lone surrogates no database text column can hold (a chat client can send both); null when blank.
 */
export function feedbackQuestion(question: string | undefined): string | null {
  const storable = (question ?? '').replaceAll(NUL, '').replace(/\p{Surrogate}/gu, '');
  const folded = storable.trim().replace(/\s+/g, ' ');
  return folded ? folded.slice(0, FEEDBACK_QUESTION_MAX) : null;
}

const NUL = String.fromCharCode(0);

/** The private thanks for a click; a click that could not be kept says so, never silently. */
export function feedbackThanks(verdict: Verdict, recorded: boolean): string {
  if (!recorded) {
    return 'Thanks — but your click could not be recorded right now; the bot admin can see why in the log.';
  }
  const emoji = verdict === 'up' ? '👍' : '👎';
  return `Thanks — your ${emoji} is recorded${verdict === 'down' ? '; the team reviews these to fix wrong answers' : ''}.`;
}
