/**
 * SQuAD-style answer scoring, as the eval README says: lower-case, remove punctuation and the words a/an/the,
 * then token F1 against each gold answer; the best gold counts.
 */

const PUNCTUATION = /[\p{P}\p{S}]/gu;
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * The answer's tokens after normalisation. Punctuation (any Unicode punctuation or symbol, as SQuAD's script
 * drops ASCII punctuation) is removed, not replaced: "1,000" → "1000", "Saint-Lô" → "saintlô".
 */
export function normalizeAnswer(text: string): string[] {
  return text
    .toLowerCase()
    .replace(PUNCTUATION, '')
    .split(/\s+/)
    .filter((token) => token !== '' && !ARTICLES.has(token));
}

/** Token F1 of a predicted answer against one gold answer (1 when both normalise to nothing). */
export function tokenF1(predicted: string, gold: string): number {
  const p = normalizeAnswer(predicted);
  const g = normalizeAnswer(gold);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const token of g) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of p) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common++;
      counts.set(token, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / p.length;
  const recall = common / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The best F1 over the gold answers (0 when there are none). */
export function bestF1(predicted: string, golds: readonly string[]): number {
  return golds.reduce((best, gold) => Math.max(best, tokenF1(predicted, gold)), 0);
}

/** True when a normalised gold answer stands in the normalised text as a run of whole tokens. */
export function holdsGold(text: string, golds: readonly string[]): boolean {
  const padded = ` ${normalizeAnswer(text).join(' ')} `;
  return golds.some((gold) => {
    const tokens = normalizeAnswer(gold);
    return tokens.length > 0 && padded.includes(` ${tokens.join(' ')} `);
  });
}
