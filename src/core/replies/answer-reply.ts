import type { AnswerResult } from '../answer/answer.js';
import type { Brief } from '../brief.schema.js';
import { makeHeadline } from '../briefing/headline.js';
import type { Reply } from '../reply.js';

/**
 * An answer as a Reply: the short answer, the sentence it stands in (with the brief's title) and the
 * engine's confidence. An abstention is the engine's own message, said plainly, with nothing cited but
 * the brief it checked named: when the engine picked the brief itself, "the article" means nothing to a
 * reader until it is named.
 */
export function answerReply(result: AnswerResult, briefs: readonly Brief[]): Reply {
  if (result.abstained) {
    const checked =
      result.brief === null ? [] : [{ briefId: result.brief, briefTitle: titleOf(result.brief, briefs) }];
    return { kind: 'abstention', sections: [{ text: result.message }], citations: [], checked };
  }
  const { citation } = result;
  return {
    kind: 'answer',
    sections: [
      { text: result.answer },
      ...(result.notes ?? []).map((note) => ({ heading: 'Note', text: note })),
    ],
    citations: [
      {
        briefId: citation.brief,
        sentence: citation.sentence,
        text: citation.text,
        briefTitle: titleOf(citation.brief, briefs),
      },
    ],
    footer: `Confidence: ${Math.round(result.confidence * 100)}%`,
  };
}

/** The brief's headline-length title: a citation names its article without a paragraph of title. */
function titleOf(briefId: string, briefs: readonly Brief[]): string {
  const title = briefs.find((b) => b.id === briefId)?.title;
  return title ? makeHeadline(title) : briefId;
}
