import { LIGHT_WORDS } from '../text/stopwords.js';
import { type Token, tokenize } from '../text/tokenize.js';
import type { ExpectedType } from './answer.js';
import { detectExpectedType } from './expected-type.js';

export type TermRole = 'head' | 'proper' | 'number' | 'content' | 'light';

export interface QuestionTerm {
  token: Token;
  role: TermRole;
  /** A head read as the question's closing verb ("who ruled …"): articles often say it in other words. */
  verbHead?: boolean;
  /** Proper terms of one name share a group ("House of Representatives"): the name counts as one. */
  group?: number;
  /** How much the answer's evidence must account for this word. */
  weight: number;
}

export interface QuestionAnalysis {
  question: string;
  tokens: Token[];
  expected: ExpectedType;
  /** The words that carry the question's meaning, with the part each plays. */
  terms: QuestionTerm[];
  /** For "how many X": the thing counted (its last word). */
  counted?: Token;
  /** Plural "which X" or "what are the X": the reader expects several items. */
  wantsList: boolean;
  /** "Which [county] …": an answer that is itself a county ("Yunyang County") is the one asked for. */
  kindNoun?: Token;
  /** Typed without capitals, so an unknown word may be a name ("how much did tencent invest"). */
  caseless: boolean;
}

const QUESTION_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how']);

const TERM_WEIGHT: Record<TermRole, number> = { head: 2, proper: 1.5, number: 1.5, content: 1, light: 0.3 };

/** Reads a question: what kind of answer it wants and which words carry it. */
export function analyzeQuestion(question: string): QuestionAnalysis {
  const tokens = tokenize(question);
  // Someone who does not capitalise the first word capitalises no names either.
  const caseless = /^\p{Ll}/u.test(question.trim()) && !tokens.some((t) => t.capitalised);
  return analyzeTokens(question, tokens, caseless);
}

/**
 * The same reading once the brief is known: words spelling out one of its entity names (`knownNames`, as
 * word sequences) count as names however they were typed ("who is lu yong"). Unchanged when none do.
 */
export function withKnownNames(
  analysis: QuestionAnalysis,
  knownNames: readonly (readonly string[])[],
): QuestionAnalysis {
  const tokens = markNames(analysis.tokens, knownNames);
  return tokens === analysis.tokens ? analysis : analyzeTokens(analysis.question, tokens, analysis.caseless);
}

function analyzeTokens(question: string, tokens: Token[], caseless: boolean): QuestionAnalysis {
  const lower = tokens.map((t) => t.norm);
  const detection = detectExpectedType(lower);
  // "Who was Robert's son?" asks for a person, not for Robert's role: a common noun names the relation.
  const relation = tokens.some(
    (t, i) => i > 1 && !t.capitalised && !t.isStopword && !detection.typeWords.has(i),
  );
  if (detection.expected === 'role' && lower[0] === 'who' && relation) {
    detection.expected = 'person';
    detection.headMode = 'last';
  }
  const headPositions = findHeadPositions(tokens, detection.headStart, detection.headMode);
  const groupStarts = nameGroupStarts(tokens);
  const terms: QuestionTerm[] = [];
  tokens.forEach((token, position) => {
    if (token.isStopword || QUESTION_WORDS.has(token.norm)) return;
    if (detection.typeWords.has(position)) return;
    const role = roleOf(token, position, headPositions);
    const verbHead = role === 'head' && detection.headMode === 'last';
    const group = role === 'proper' ? groupStarts[position] : undefined;
    terms.push({
      token,
      role,
      weight: TERM_WEIGHT[role],
      ...(verbHead ? { verbHead } : {}),
      ...(group === undefined ? {} : { group }),
    });
  });
  const countedPosition = detection.expected === 'count' ? headPositions.at(-1) : undefined;
  const counted = countedPosition === undefined ? undefined : tokens[countedPosition];
  const kindNoun = detection.kindNounAt === undefined ? undefined : tokens[detection.kindNounAt];
  return {
    question,
    tokens,
    expected: detection.expected,
    terms,
    ...(counted ? { counted } : {}),
    ...(kindNoun ? { kindNoun } : {}),
    wantsList: detection.wantsList,
    caseless,
  };
}

/**
 * For each position, where the name holding it starts (names join across "of", "and", "the"). One pass
 * forward, each start read off an earlier one: linear in the question, where walking back from every
 * capitalised word was quadratic in a run of them.
 */
function nameGroupStarts(tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  tokens.forEach((_, position) => {
    const before = tokens[position - 1];
    const twoBack = tokens[position - 2];
    let start = position;
    // "Huawei's CEO" is two names: the possessive ends one.
    if (!before || /['’]s$/.test(before.raw)) start = position;
    else if (before.capitalised && !QUESTION_WORDS.has(before.norm)) start = starts[position - 1] ?? position;
    else if (JOINING_WORDS.has(before.norm) && twoBack?.capitalised) start = starts[position - 2] ?? position;
    starts.push(start);
  });
  return starts;
}

const JOINING_WORDS = new Set(['of', 'and', 'the']);

/** Tokens that spell out a known name count as written with capitals, wherever they stand. */
function markNames(tokens: Token[], knownNames: readonly (readonly string[])[]): Token[] {
  const named = new Set<number>();
  for (const name of knownNames) {
    if (name.length === 0) continue;
    for (let i = 0; i + name.length <= tokens.length; i++) {
      if (name.every((word, j) => tokens[i + j]?.norm === word)) {
        for (let j = 0; j < name.length; j++) if (!tokens[i + j]?.isStopword) named.add(i + j);
      }
    }
  }
  if ([...named].every((i) => tokens[i]?.named)) return tokens;
  return tokens.map((t, i) => (named.has(i) ? { ...t, capitalised: true, named: true } : t));
}

const ORDINALS =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next|previous|\d+(st|nd|rd|th))$/;

function roleOf(token: Token, position: number, heads: readonly number[]): TermRole {
  // An ordinal picks one of several: "the second day" is not "the opening day".
  if (token.isNumber || ORDINALS.test(token.norm)) return 'number';
  if (token.capitalised && (position > 0 || token.named)) return 'proper';
  if (LIGHT_WORDS.has(token.norm)) return 'light';
  if (heads.includes(position)) return 'head';
  return 'content';
}

/**
 * The words naming what is asked about: "how many [investment projects] were signed", "what did the
 * building [cost]", "who [founded] Alibaba". An article that lacks them does not answer the question.
 */
function findHeadPositions(tokens: readonly Token[], start: number, mode: 'run' | 'last' | 'none'): number[] {
  if (mode === 'none' || start >= tokens.length) return [];
  if (mode === 'last') {
    for (let i = tokens.length - 1; i >= start; i--) {
      const token = tokens[i];
      if (token && !token.isStopword && !token.capitalised) return [i];
    }
    return [];
  }
  const positions: number[] = [];
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) break;
    if (token.isStopword) {
      if (positions.length > 0) break;
      continue;
    }
    if (!token.capitalised && !token.isNumber) positions.push(i);
  }
  return positions;
}
