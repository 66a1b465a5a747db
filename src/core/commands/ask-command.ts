import { answerQuestion, MAX_QUESTION_CHARS, tooLongMessage } from '../answer/answer-question.js';
import { answerReply } from '../replies/answer-reply.js';
import { errorReply } from '../reply.js';
import { type CommandDefinition, quoteInput, readArgument, readOption } from './command.js';
import { findBrief } from './find-brief.js';

/** /ask <question>: a short answer citing its sentence, or a plain "the article doesn't say". */
export const askCommand = {
  name: 'ask',
  description: 'Ask a question about the news; the answer cites the sentence it comes from',
  usage: '/ask <question>',
  options: [
    { name: 'question', description: 'Your question, e.g. "How many exhibitors took part?"', required: true },
    { name: 'brief', description: 'Answer from this brief only (its id or title words)', required: false },
  ],
  run(input, context) {
    const question = readArgument(input, 'question');
    if (!question) {
      return errorReply('Type a question after /ask.', 'For example: /ask How many exhibitors took part?');
    }
    if (question.length > MAX_QUESTION_CHARS) {
      return errorReply(tooLongMessage(question.length), 'Ask one short question at a time.');
    }
    const briefQuery = readOption(input, 'brief');
    const brief = briefQuery ? findBrief(context.briefs, briefQuery) : undefined;
    if (briefQuery && !brief) {
      return errorReply(
        `No brief matches ${quoteInput(briefQuery)}.`,
        'Type /briefs to see every brief id, or leave the brief out to search them all.',
      );
    }
    const result = answerQuestion(question, context.briefs, {
      ...(brief ? { briefId: brief.id } : {}),
      ...(context.answerMinConfidence === undefined ? {} : { threshold: context.answerMinConfidence }),
    });
    return answerReply(result, context.briefs);
  },
} satisfies CommandDefinition;
