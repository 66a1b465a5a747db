import type { AnswerResult, BriefCollection } from '../answer/answer.js';
import { makeHeadline } from '../briefing/headline.js';
import { asLibrary } from '../library/memory-library.js';
import type { Citation, Reply } from '../reply.js';
import { abstentionBlock, answerBlock, citationBlock, feedbackOn } from './blocks.js';

/**
 * An answer as a Reply: the short answer, the sentence it stands in (with the brief's title and its
 * editorial notes on that sentence), the engine's confidence, and 👍/👎. An abstention is the engine's own
 * message, said plainly, with nothing cited but the brief it checked named: when the engine picked the
 * brief itself, "the article" means nothing to a reader until it is named.
 */
export function answerReply(result: AnswerResult, briefs: BriefCollection): Reply {
  if (result.abstained) {
    const checked =
      result.brief === null ? [] : [{ briefId: result.brief, briefTitle: titleOf(result.brief, briefs) }];
    return {
      kind: 'abstention',
      blocks: [abstentionBlock(result.message, result.expected, checked), feedbackOn('abstention')],
    };
  }
  const citation: Citation = {
    briefId: result.citation.brief,
    sentence: result.citation.sentence,
    text: result.citation.text,
    briefTitle: titleOf(result.citation.brief, briefs),
  };
  return {
    kind: 'answer',
    blocks: [answerBlock(result.answer), citationBlock(citation, result.notes), feedbackOn(citation)],
    footer: `Confidence: ${Math.round(result.confidence * 100)}%`,
  };
}

/** The brief's headline-length title: a citation names its article without a paragraph of title. */
function titleOf(briefId: string, briefs: BriefCollection): string {
  const title = asLibrary(briefs).brief(briefId)?.title;
  return title ? makeHeadline(title) : briefId;
}
