import type { Brief } from '../brief.schema.js';
import type { RoutingIndex } from '../library/brief-library.js';
import { asLibrary } from '../library/memory-library.js';
import type { QuestionAnalysis } from './analyze-question.js';
import type { BriefCollection } from './answer.js';

/** A question word's keys that the library holds, each with what a brief holding it earns. */
interface RoutedTerm {
  keys: { key: string; credit: number; frequency: number }[];
  /** The most a brief can earn from this word. */
  best: number;
  /** How many postings scanning this word reads. */
  cost: number;
}

// A word held by more briefs than this is a "common" word: it is never scanned when rarer words of the
// question find the candidates, only checked for the few briefs that could still win (MaxScore).
const COMMON_SHARE = 0.02;
const COMMON_FLOOR = 500;

export interface RouteOptions {
  /**
   * Words whose postings are longer than this are common (default: 2 % of the library, at least 500).
   * Tests set it low to exercise the pruning on a small library; the choice never depends on it.
   */
  commonAbove?: number;
}

/**
 * Prepares the library's routing index ahead of the first question, which would otherwise pay for it
 * (about a second per thousand briefs held in memory).
 */
export function prepareLibrary(briefs: BriefCollection): void {
  void asLibrary(briefs).index.size;
}

/**
 * The brief a question is about when the asker names none: the one that shares the most of the question's
 * words, rare words counting more. Ties go to the newest article, then to the brief indexed first.
 */
export function routeQuestion(
  analysis: QuestionAnalysis,
  briefs: BriefCollection,
  options: RouteOptions = {},
): Brief | undefined {
  const library = asLibrary(briefs);
  const { index } = library;
  if (index.size === 0) return undefined;
  const terms = routedTerms(analysis, index);
  const commonAbove = options.commonAbove ?? Math.max(COMMON_FLOOR, index.size * COMMON_SHARE);
  const doc = index.size === 1 || terms.length === 0 ? index.newest : bestDoc(terms, index, commonAbove);
  const summary = doc === undefined ? undefined : index.summary(doc);
  return summary && library.brief(summary.id);
}

function routedTerms(analysis: QuestionAnalysis, index: RoutingIndex): RoutedTerm[] {
  const terms: RoutedTerm[] = [];
  for (const term of analysis.terms) {
    // The word itself when the library has it; its synonyms only when it does not (they are common and slow).
    const stemFrequency = index.frequency(term.token.stem);
    const candidates = stemFrequency > 0 ? [term.token.stem] : term.token.keys;
    const keys = candidates.flatMap((key, k) => {
      const frequency = key === term.token.stem ? stemFrequency : index.frequency(key);
      if (frequency === 0) return [];
      const credit = term.weight * Math.log(1 + index.size / frequency) * (k === 0 ? 1 : 0.8);
      return [{ key, credit, frequency }];
    });
    if (keys.length === 0) continue;
    terms.push({
      keys,
      best: Math.max(...keys.map((k) => k.credit)),
      cost: keys.reduce((total, k) => total + k.frequency, 0),
    });
  }
  return terms;
}

/**
 * A brief earns each question word once, by the first of its keys it holds, even when the stem and
 * synonyms all match. Rare words' postings are scanned to find the candidates; common words are only
 * checked for the candidates that could still win (MaxScore). While a brief that holds none of the scanned
 * words could still win on the common words alone, the cheapest of those is scanned too, so the choice is
 * always the one a full scan would make.
 */
function bestDoc(terms: readonly RoutedTerm[], index: RoutingIndex, limit: number): number | undefined {
  const unscanned = [...terms].sort((a, b) => a.cost - b.cost);
  const scores = new Map<number, number>();
  // Rare words first; with none, the cheapest word finds the candidates.
  do scanInto(scores, unscanned.shift() as RoutedTerm, index);
  while (unscanned.length > 0 && (unscanned[0] as RoutedTerm).cost <= limit);
  for (;;) {
    const next = unscanned[0];
    if (!next) return bestScanned(scores, index);
    const bound = unscanned.reduce((total, t) => total + t.best, 0);
    const contenders = contendersOf(scores, bound);
    // Checking every contender costs more than reading the cheapest remaining word's postings: read them.
    if (checkingCost(unscanned, contenders.length, index) <= next.cost) {
      const best = bestOf(contenders, unscanned, bound, index);
      if (best.score > bound) return best.doc;
    }
    scanInto(scores, unscanned.shift() as RoutedTerm, index);
  }
}

/**
 * Every brief scores at least what its scanned words gave: the briefs that could pass the best of that
 * with the unscanned words' help, best first.
 */
function contendersOf(scores: ReadonlyMap<number, number>, bound: number): [number, number][] {
  let floor = 0;
  for (const score of scores.values()) if (score > floor) floor = score;
  const contenders: [number, number][] = [];
  for (const entry of scores) if (entry[1] + bound >= floor) contenders.push(entry);
  return contenders.sort((a, b) => b[1] - a[1]);
}

function checkingCost(unscanned: readonly RoutedTerm[], docs: number, index: RoutingIndex): number {
  let cost = 0;
  for (const term of unscanned)
    for (const { key } of term.keys) cost += index.checkCost ? index.checkCost(key, docs) : docs;
  return cost;
}

/** The best of the contenders (best first) by their scanned words and the unscanned ones they hold. */
function bestOf(
  contenders: readonly [number, number][],
  unscanned: readonly RoutedTerm[],
  bound: number,
  index: RoutingIndex,
): Best {
  let best: Best = { doc: index.newest, score: 0 };
  for (const [doc, score] of contenders) {
    if (score + bound < best.score) break;
    const total = score + unscanned.reduce((sum, t) => sum + creditFor(t, doc, index), 0);
    if (beats(doc, total, best, index)) best = { doc, score: total };
  }
  return best;
}

/** Every word scanned: the scores are whole. */
function bestScanned(scores: ReadonlyMap<number, number>, index: RoutingIndex): number | undefined {
  let best: Best = { doc: index.newest, score: 0 };
  for (const [doc, score] of scores) if (beats(doc, score, best, index)) best = { doc, score };
  return best.doc;
}

function scanInto(scores: Map<number, number>, term: RoutedTerm, index: RoutingIndex): void {
  const credited = new Set<number>();
  for (const { key, credit } of term.keys) {
    for (const doc of index.postings(key)) {
      if (credited.has(doc)) continue;
      credited.add(doc);
      scores.set(doc, (scores.get(doc) ?? 0) + credit);
    }
  }
}

function creditFor(term: RoutedTerm, doc: number, index: RoutingIndex): number {
  for (const { key, credit } of term.keys) if (index.holds(doc, key)) return credit;
  return 0;
}

interface Best {
  doc: number | undefined;
  score: number;
}

function beats(doc: number, score: number, best: Best, index: RoutingIndex): boolean {
  const mine = index.summary(doc);
  // A brief removed since this view of the library was taken is never chosen.
  if (!mine) return false;
  if (score !== best.score) return score > best.score;
  if (best.doc === undefined) return true;
  const theirs = index.summary(best.doc)?.published ?? '';
  return mine.published > theirs || (mine.published === theirs && doc < best.doc);
}
