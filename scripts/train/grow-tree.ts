/** Grows one regression tree on gradients and curvatures (Newton boosting), splitting over feature bins. */
import type { Tree } from '../../src/core/answer/model/trees.js';
import { type Binned, MAX_BINS } from './feature-bins.js';

export interface GrowOptions {
  depth: number;
  penalty: number;
  minLeafWeight: number;
}

interface Split {
  gain: number;
  feature: number;
  bin: number;
}

export function growTree(binned: Binned, g: Float64Array, h: Float64Array, options: GrowOptions): Tree {
  const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
  const all = Int32Array.from({ length: g.length }, (_, i) => i);
  // Nodes are laid out breadth-first: children always stand after their parent.
  const queue: { rows: Int32Array; depth: number; node: number }[] = [
    { rows: all, depth: 0, node: addNode(tree) },
  ];
  while (queue.length > 0) {
    const { rows, depth, node } = queue.shift() as (typeof queue)[number];
    const { G, H } = sums(rows, g, h);
    tree.value[node] = -G / (H + options.penalty);
    if (depth >= options.depth) continue;
    const split = bestSplit(binned, rows, g, h, G, H, options);
    if (!split) continue;
    const column = binned.bins[split.feature] as Uint8Array;
    const leftRows = rows.filter((r) => (column[r] as number) <= split.bin);
    const rightRows = rows.filter((r) => (column[r] as number) > split.bin);
    tree.feature[node] = split.feature;
    tree.threshold[node] = (binned.edges[split.feature] as number[])[split.bin] as number;
    const left = addNode(tree);
    const right = addNode(tree);
    tree.left[node] = left;
    tree.right[node] = right;
    queue.push(
      { rows: leftRows, depth: depth + 1, node: left },
      { rows: rightRows, depth: depth + 1, node: right },
    );
  }
  return tree;
}

function addNode(tree: Tree): number {
  tree.feature.push(-1);
  tree.threshold.push(0);
  tree.left.push(-1);
  tree.right.push(-1);
  tree.value.push(0);
  return tree.feature.length - 1;
}

function sums(rows: Int32Array, g: Float64Array, h: Float64Array): { G: number; H: number } {
  let G = 0;
  let H = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    G += g[r] as number;
    H += h[r] as number;
  }
  return { G, H };
}

function bestSplit(
  binned: Binned,
  rows: Int32Array,
  g: Float64Array,
  h: Float64Array,
  G: number,
  H: number,
  options: GrowOptions,
): Split | undefined {
  const lambda = options.penalty;
  const parent = (G * G) / (H + lambda);
  let best: Split | undefined;
  const histG = new Float64Array(MAX_BINS);
  const histH = new Float64Array(MAX_BINS);
  const n = rows.length;
  binned.bins.forEach((column, feature) => {
    histG.fill(0);
    histH.fill(0);
    // The hottest loop of training: indexed access, no iterator.
    for (let i = 0; i < n; i++) {
      const r = rows[i] as number;
      const b = column[r] as number;
      histG[b] = (histG[b] as number) + (g[r] as number);
      histH[b] = (histH[b] as number) + (h[r] as number);
    }
    let GL = 0;
    let HL = 0;
    const bins = (binned.edges[feature] as number[]).length;
    for (let b = 0; b < bins - 1; b++) {
      GL += histG[b] as number;
      HL += histH[b] as number;
      const GR = G - GL;
      const HR = H - HL;
      if (HL < options.minLeafWeight || HR < options.minLeafWeight) continue;
      const gain = (GL * GL) / (HL + lambda) + (GR * GR) / (HR + lambda) - parent;
      if (gain > 1e-6 && (!best || gain > best.gain)) best = { gain, feature, bin: b };
    }
  });
  return best;
}
