import { z } from 'zod';

/**
 * Gradient-boosted regression trees: a score is the sum over trees of the leaf each candidate reaches. Trees
 * see interactions a linear model cannot ("a figure is a good answer when a figure is asked for, and the
 * counted noun follows it"). Each tree is stored as flat arrays: node i tests `x[feature[i]] <= threshold[i]`
 * and goes to `left[i]` or `right[i]`; a node whose feature is -1 is a leaf holding `value[i]`.
 */
const TreeSchema = z.object({
  feature: z.array(z.number().int().min(-1)),
  threshold: z.array(z.number()),
  left: z.array(z.number().int()),
  right: z.array(z.number().int()),
  value: z.array(z.number()),
});
export type Tree = z.infer<typeof TreeSchema>;

export const TreesSchema = z.object({
  features: z.array(z.string()).min(1),
  /** The score before any tree: the log-odds of the base rate, for a pointwise model. */
  base: z.number(),
  trees: z.array(TreeSchema).min(1),
});
export type Trees = z.infer<typeof TreesSchema>;

export function treesScore(model: Trees, x: ArrayLike<number>): number {
  let score = model.base;
  for (const tree of model.trees) {
    let node = 0;
    let feature = tree.feature[0] as number;
    while (feature !== -1) {
      node =
        (x[feature] as number) <= (tree.threshold[node] as number)
          ? (tree.left[node] as number)
          : (tree.right[node] as number);
      feature = tree.feature[node] as number;
    }
    score += tree.value[node] as number;
  }
  return score;
}

/** Whether every node of every tree points inside its tree and tests a known feature. */
export function treesAreSound(model: Trees): boolean {
  return model.trees.every((tree) => {
    const n = tree.feature.length;
    const sameLength = [tree.threshold, tree.left, tree.right, tree.value].every((a) => a.length === n);
    // Children stand after their parent, so a walk always ends.
    const after = (parent: number, child: number) => child > parent && child < n;
    return (
      sameLength &&
      n > 0 &&
      tree.feature.every(
        (f, i) =>
          f === -1 ||
          (f < model.features.length &&
            after(i, tree.left[i] as number) &&
            after(i, tree.right[i] as number)),
      )
    );
  });
}
