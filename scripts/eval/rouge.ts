/**
 * ROUGE-N F1 as the eval README says: lower-cased word tokens, no stemming, no stop-word removal. A token is a
 * run of letters or digits (rouge-score's tokenizer, widened from ASCII to any script), so punctuation splits.
 */

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N of a candidate summary against one reference: clipped n-gram overlap, precision, recall and F1. */
export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  const cand = ngrams(rougeTokens(candidate), n);
  const ref = ngrams(rougeTokens(reference), n);
  let overlap = 0;
  for (const [gram, count] of cand) overlap += Math.min(count, ref.get(gram) ?? 0);
  const candTotal = sum(cand.values());
  const refTotal = sum(ref.values());
  const precision = candTotal > 0 ? overlap / candTotal : 0;
  const recall = refTotal > 0 ? overlap / refTotal : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Words as a reader counts them: runs of non-space characters. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
