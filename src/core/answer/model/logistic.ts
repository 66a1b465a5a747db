import { z } from 'zod';

/**
 * A logistic model over standardised features: p = σ(bias + Σ wᵢ·(xᵢ − meanᵢ)/scaleᵢ). Standardising makes
 * the weights comparable (a model card can list them by size) and lets training use one step size.
 */
export const LogisticSchema = z.object({
  features: z.array(z.string()).min(1),
  bias: z.number(),
  weights: z.array(z.number()),
  mean: z.array(z.number()),
  scale: z.array(z.number().positive()),
});
export type Logistic = z.infer<typeof LogisticSchema>;

export function logit(model: Logistic, x: ArrayLike<number>): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) {
    z +=
      ((model.weights[i] as number) * ((x[i] ?? 0) - (model.mean[i] as number))) / (model.scale[i] as number);
  }
  return z;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function probability(model: Logistic, x: ArrayLike<number>): number {
  return sigmoid(logit(model, x));
}
