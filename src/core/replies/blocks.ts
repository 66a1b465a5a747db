import type { ExpectedType } from '../answer/answer.js';
import type {
  AbstentionBlock,
  AnswerBlock,
  BulletsBlock,
  CheckedBrief,
  Citation,
  CitationBlock,
  FeedbackBlock,
  NoticeBlock,
  StoryBlock,
} from '../reply.js';

/** The constructors producers build reply blocks with, so a block never lacks what its type means. */

export const answerBlock = (text: string): AnswerBlock => ({ type: 'answer', text });

export const citationBlock = (citation: Citation, notes: readonly string[] = []): CitationBlock => ({
  type: 'citation',
  ...citation,
  notes: [...notes],
});

export const abstentionBlock = (
  message: string,
  missing: ExpectedType,
  checked: readonly CheckedBrief[],
): AbstentionBlock => ({ type: 'abstention', message, missing, checked: [...checked] });

export const storyBlock = (story: Omit<StoryBlock, 'type'>): StoryBlock => ({ type: 'story', ...story });

export const bulletsBlock = (items: readonly string[], heading?: string): BulletsBlock => ({
  type: 'bullets',
  ...(heading ? { heading } : {}),
  items: [...items],
});

export const noticeBlock = (text: string): NoticeBlock => ({ type: 'notice', text });

/** 👍/👎 on an answer, about the sentence it cites; an abstention cites none. */
export const feedbackOn = (judged: Citation | 'abstention'): FeedbackBlock =>
  judged === 'abstention'
    ? { type: 'feedback', judged, briefId: null, sentence: null }
    : { type: 'feedback', judged: 'answer', briefId: judged.briefId, sentence: judged.sentence };
