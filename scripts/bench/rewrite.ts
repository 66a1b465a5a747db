import type { Brief } from '../../src/core/brief.schema.js';

/** Rewrites a piece of text: the same swaps applied to every string of a variant keep it consistent. */
export type Rewrite = (text: string) => string;

/** A number as articles write it: 70, 212.1, 1,000. */
const NUMBER_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

export function numbersIn(text: string): string[] {
  return text.match(new RegExp(NUMBER_SOURCE, 'g')) ?? [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds a regex matching any of the keys as a whole word (longest first, so "Changan Automobile" wins over "Changan"). */
function alternation(keys: Iterable<string>, before: string, after: string): RegExp | null {
  const sorted = [...keys].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return sorted.length === 0 ? null : new RegExp(`${before}(?:${sorted.join('|')})${after}`, 'gu');
}

/**
 * Swaps whole-word names (`names`: old → new) and then standalone numbers (`numbers`: old text → new text;
 * "70" is replaced in "70 projects" but not in "1970", "70th" or "7.70").
 */
export function makeRewrite(
  names: ReadonlyMap<string, string>,
  numbers: ReadonlyMap<string, string>,
): Rewrite {
  const nameRe = alternation(names.keys(), String.raw`(?<![\p{L}\p{N}])`, String.raw`(?![\p{L}\p{N}])`);
  const numberRe = alternation(
    numbers.keys(),
    String.raw`(?<![\p{L}\p{N}.,])`,
    String.raw`(?![\p{L}\p{N}]|[.,]\p{N})`,
  );
  return (text) => {
    let out = text;
    if (nameRe) out = out.replace(nameRe, (m) => names.get(m) ?? m);
    if (numberRe) out = out.replace(numberRe, (m) => numbers.get(m) ?? m);
    return out;
  };
}

/** Multiplies a number written as text by an integer factor, keeping its decimals and thousands separators. */
export function scaleNumberText(text: string, factor: number): string {
  const decimals = text.split('.')[1]?.length ?? 0;
  const scaled = (Number(text.replace(/,/g, '')) * factor).toFixed(decimals);
  if (!text.includes(',')) return scaled;
  const [whole = '', fraction] = scaled.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * Rewrites the article body and recomputes every offset. The body is cut at every sentence and paragraph
 * boundary and each piece is rewritten on its own, so the new offsets follow from the pieces' new lengths and
 * each sentence's text is, by construction, exactly its slice of the new body.
 */
export function rewriteArticleText(text: Brief['text'], rewrite: Rewrite): Brief['text'] {
  const { body } = text;
  const cuts = new Set<number>([0, body.length]);
  for (const p of text.paragraphs) cuts.add(p.start).add(p.end);
  for (const s of text.sentences) cuts.add(s.start).add(s.end);
  const sorted = [...cuts].filter((c) => c >= 0 && c <= body.length).sort((a, b) => a - b);
  const moved = new Map<number, number>();
  let out = '';
  sorted.forEach((cut, i) => {
    moved.set(cut, out.length);
    const next = sorted[i + 1];
    if (next !== undefined) out += rewrite(body.slice(cut, next));
  });
  const at = (offset: number) => moved.get(offset) ?? offset;
  return {
    body: out,
    paragraphs: text.paragraphs.map((p) => ({ start: at(p.start), end: at(p.end) })),
    sentences: text.sentences.map((s) => {
      const start = at(s.start);
      const end = at(s.end);
      return { paragraph: s.paragraph, start, end, text: out.slice(start, end) };
    }),
  };
}
