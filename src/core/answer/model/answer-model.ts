import { z } from 'zod';
import modelFile from '../../../../models/answer-model.json' with { type: 'json' };
import { FEATURE_NAMES } from '../candidate-features.js';
import { YES_NO_FEATURES } from '../yes-no.js';
import { CONFIDENCE_FEATURES } from './confidence-features.js';
import { LogisticSchema } from './logistic.js';
import { TreesSchema, treesAreSound } from './trees.js';

/**
 * The learned part of the answer engine, written by `npm run train` to models/answer-model.json: a ranker
 * that gives each candidate the probability that it is right, and a confidence model that turns the best
 * candidate's standing into the probability that the answer given is right (calibrated on articles the
 * ranker had not seen). Abstention is one threshold on that probability.
 */
const AnswerModelSchema = z.object({
  version: z.literal(1),
  trainedOn: z.string(),
  ranker: TreesSchema,
  confidence: LogisticSchema,
  /** The probability that a yes/no reading is right. */
  yesNo: LogisticSchema,
  /** The threshold chosen on the training data; ANSWER_MIN_CONFIDENCE overrides it. */
  threshold: z.number().min(0).max(1),
});
export type AnswerModel = z.infer<typeof AnswerModelSchema>;

/** Reads a model, refusing one trained on other features than this engine computes. */
export function readAnswerModel(data: unknown, origin: string): AnswerModel {
  const parsed = AnswerModelSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${origin}: ${issue?.path.join('.') || '(top)'}: ${issue?.message}; run npm run train`);
  }
  const model = parsed.data;
  expectFeatures(model.ranker.features, FEATURE_NAMES, `${origin}: ranker.features`);
  expectFeatures(model.confidence.features, CONFIDENCE_FEATURES, `${origin}: confidence.features`);
  expectFeatures(model.yesNo.features, YES_NO_FEATURES, `${origin}: yesNo.features`);
  for (const part of ['confidence', 'yesNo'] as const) {
    const { features, weights, mean, scale } = model[part];
    const n = features.length;
    if (weights.length !== n || mean.length !== n || scale.length !== n)
      throw new Error(
        `${origin}: ${part} weights, mean and scale must each have ${n} numbers; run npm run train`,
      );
  }
  if (!treesAreSound(model.ranker))
    throw new Error(`${origin}: ranker.trees are malformed; run npm run train`);
  return model;
}

function expectFeatures(found: readonly string[], wanted: readonly string[], where: string): void {
  if (found.length !== wanted.length || found.some((name, i) => name !== wanted[i])) {
    throw new Error(
      `${where} do not match the engine's features (the model is out of date); run npm run train`,
    );
  }
}

let bundled: AnswerModel | undefined;

/**
 * The bundled model's threshold, read without validating the rest, so that `npm run train` can start when
 * the model is out of date (which is when it is run).
 */
export const BUNDLED_THRESHOLD: number =
  typeof (modelFile as { threshold?: unknown }).threshold === 'number'
    ? (modelFile as { threshold: number }).threshold
    : 0.5;

/** The model shipped in models/answer-model.json, read once. */
export function bundledAnswerModel(): AnswerModel {
  bundled ??= readAnswerModel(modelFile, 'models/answer-model.json');
  return bundled;
}
