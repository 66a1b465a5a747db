import { z } from 'zod';
import modelFile from '../../../models/briefing-model.json' with { type: 'json' };
import { LogisticSchema } from '../answer/model/logistic.js';

/**
 * The learned part of briefings, written by `npm run train` to models/briefing-model.json: a logistic model
 * of whether a sentence belongs in a summary (fit on CNN/DailyMail articles and their human highlights), and
 * the weights of the greedy choice among sentences, tuned on the same training articles.
 */
export const BriefingModelSchema = z.object({
  trainedOn: z.string(),
  /** The chance that a human summary uses a word of the article (word-importance.ts). */
  word: LogisticSchema,
  sentence: LogisticSchema,
  selection: z.object({
    /** Cost of a candidate's overlap with a bullet already chosen (0–1 similarity). */
    redundancy: z.number().nonnegative(),
    /** Cost of each word a candidate spends from the budget. */
    wordCost: z.number().nonnegative(),
    /** Cost of a second bullet from one paragraph. */
    paragraphRepeat: z.number().nonnegative(),
    /** Gain of a candidate that speaks of one of the brief's topics no chosen bullet covers. */
    topicGain: z.number().nonnegative(),
    /** Past three bullets, the least a candidate must be worth to be added. */
    minimumWorth: z.number().nonnegative(),
  }),
});
export type BriefingModel = z.infer<typeof BriefingModelSchema>;
export type SelectionWeights = BriefingModel['selection'];

let bundled: BriefingModel | undefined;

/** The model shipped in models/briefing-model.json, read once. */
export function bundledBriefingModel(): BriefingModel {
  if (!bundled) {
    const parsed = BriefingModelSchema.safeParse(modelFile);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `models/briefing-model.json is not a briefing model (${issue?.path.join('.')}: ${issue?.message}); run npm run train`,
      );
    }
    bundled = parsed.data;
  }
  return bundled;
}
