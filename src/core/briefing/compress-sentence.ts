import { findTypedSpans } from '../answer/typed-spans.js';

/**
 * Shortens a sentence into a bullet without adding a word: drops the reporting frame ("X said that",
 * "According to X,"), asides in parentheses, wrapping quotation marks and stray footnote digits.
 * Everything left is the article's own text, so a bullet never says what the article does not.
 */
const REPORTING_VERBS =
  'said|says|revealed|reveals|introduced|noted|notes|added|adds|stated|states|announced|announces|explained|explains|told reporters|learned from [^,]{1,60}?|reported';

const LEADING_FRAMES: readonly RegExp[] = [
  /^According to [^,]{1,80},\s*/i,
  new RegExp(`^[A-Z][^,"“]{0,80}?\\s(?:${REPORTING_VERBS})\\sthat,?\\s(?=[A-Za-z“"])`),
  /^It is (?:expected|reported|understood|said|estimated|believed) that\s/i,
  /^(?:At present|Meanwhile|However|In addition|Moreover|Furthermore|Also),\s*/i,
];

export function compressSentence(sentence: string): string {
  let text = sentence.trim();
  text = text.replace(/\s*\((?:hereinafter|hereafter|referred)[^)]*\)/gi, '');
  text = text.replace(/([”"’])\d{1,2}(?=\s|$)/g, '$1'); // a footnote mark glued to a closing quote
  // “…,” he said. → “….”: the speaker goes, the words stay.
  text = text.replace(/,?([”"])\s*(?:he|she|they|it) (?:said|added|says|noted)\.$/i, '.$1');
  text = stripWrappingQuotes(text);
  for (const frame of LEADING_FRAMES) {
    const stripped = text.replace(frame, '');
    if (stripped !== text && wordCount(stripped) >= 6) text = stripped;
  }
  return capitalise(trimClauses(text));
}

/** Long bullets lose a trailing aside (", exceeding …", ", which …") and a leading scene-setter without figures. */
const LONG = 20;
const TRAILING_ASIDE =
  /,\s(?:exceeding|including|making|which|while|bringing|adding|according to|as well as)\b[^,]*(?=\.?$)/i;
const LEADING_CLAUSE = /^(?:By|After|With|Through|As|Since|Following|Despite|Amid|At)\b[^,\d]{3,120},\s/;

function trimClauses(text: string): string {
  let trimmed = text.replace(/\b(?:a total of|a number of|it is precisely) /gi, '');
  // "X, and [the maximum temperature was 42 degrees]": when long, the half that holds the figure.
  if (wordCount(trimmed) > LONG) trimmed = figureHalf(trimmed) ?? trimmed;
  // "… from four aspects: a, b, c and d." keeps its point and drops the list when the bullet runs long.
  if (wordCount(trimmed) > LONG && /:\s[^:]+$/.test(trimmed)) trimmed = trimmed.replace(/:\s[^:]+$/, '');
  if (wordCount(trimmed) > LONG) trimmed = trimmed.replace(TRAILING_ASIDE, '');
  if (wordCount(trimmed) > LONG) {
    const shorter = trimmed.replace(LEADING_CLAUSE, '');
    if (shorter !== trimmed && wordCount(shorter) >= 8) trimmed = capitalise(shorter);
  }
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function stripWrappingQuotes(text: string): string {
  const match = /^[“"]([^“”"]+)[”"]?\.?$/.exec(text) ?? /^[“"](.+?)[.,]?[”"]\s*$/.exec(text);
  return match?.[1] ? `${match[1].trim().replace(/[,.]$/, '')}.` : text.replace(/^[“"]|[”"]$/g, '');
}

function figureHalf(text: string): string | undefined {
  const halves = text.split(/,\s(?:and|but|while)\s/);
  if (halves.length !== 2) return undefined;
  const withFigures = halves.filter((half) => findTypedSpans(half).some((span) => span.kind !== 'date'));
  const half = withFigures.length === 1 ? withFigures[0] : undefined;
  return half && wordCount(half) >= 6 ? capitalise(half.replace(/\.?$/, '.')) : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
