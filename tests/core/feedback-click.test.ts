import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_QUESTION_MAX,
  feedbackQuestion,
  feedbackThanks,
} from '../../src/core/feedback/feedback-click.js';

describe('what a feedback click keeps', () => {
  it('keeps the question on one line, cut to its maximum, and nothing for a blank one', () => {
    expect(feedbackQuestion('  who\n\tcut   the ribbon? ')).toBe('who cut the ribbon?');
    expect(feedbackQuestion('x'.repeat(FEEDBACK_QUESTION_MAX + 50))).toHaveLength(FEEDBACK_QUESTION_MAX);
    expect(feedbackQuestion('   ')).toBeNull();
    expect(feedbackQuestion(undefined)).toBeNull();
  });

  it('drops what no database can store: NUL and broken surrogate halves', () => {
    const nul = String.fromCharCode(0);
    expect(feedbackQuestion(`who${nul} won?`)).toBe('who won?');
    expect(feedbackQuestion('who won \uD83D?')).toBe('who won ?');
    expect(feedbackQuestion('who won 🏆?')).toBe('who won 🏆?');
  });

  it('thanks the person, and says so when the click could not be kept', () => {
    expect(feedbackThanks('up', true)).toMatch(/👍 is recorded/);
    expect(feedbackThanks('down', true)).toMatch(/team reviews/);
    expect(feedbackThanks('down', false)).toMatch(/could not be recorded/);
  });
});
