import type { Brief } from '../brief.schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import type { BriefCollection } from './answer.js';
import { prepareBrief } from './prepare-brief.js';

interface LibraryIndex {
  /** For each key, the positions of the briefs that contain it. */
  postings: Map<string, number[]>;
  /** The newest article's position: the answer when no brief shares a word with the question. */
  newest: number;
}

const indexes = new WeakMap<BriefCollection, LibraryIndex>();

function indexOf(briefs: BriefCollection): LibraryIndex {
  let index = indexes.get(briefs);
  if (!index) {
    const postings = new Map<string, number[]>();
    briefs.forEach((brief, position) => {
      for (const key of prepareBrief(brief).keys) {
        const list = postings.get(key);
        if (list) list.push(position);
        else postings.set(key, [position]);
      }
    });
    let newest = 0;
    briefs.forEach((brief, position) => {
      if (newer(brief, briefs[newest])) newest = position;
    });
    index = { postings, newest };
    indexes.set(briefs, index);
  }
  return index;
}

/**
 * Prepares every brief and the library's routing index ahead of the first question, which would otherwise
 * pay for it (about a second per thousand briefs).
 */
export function prepareLibrary(briefs: BriefCollection): void {
  indexOf(briefs);
}

/**
 * The brief a question is about when the asker names none: the one that shares the most of the question's
 * words, rare words counting more. Ties go to the newest article.
 */
export function routeQuestion(analysis: QuestionAnalysis, briefs: BriefCollection): Brief | undefined {
  if (briefs.length <= 1) return briefs[0];
  const { postings, newest } = indexOf(briefs);
  // Only the briefs a question's words reach are scored: a question costs its postings, not the library.
  const scores = new Map<number, number>();
  // Which term last credited each brief: a word counts once even when its stem and synonyms all match.
  const creditedBy = new Map<number, number>();
  analysis.terms.forEach((term, t) => {
    // The word itself when the library has it; its synonyms only when it does not (they are common and slow).
    const keys = postings.has(term.token.stem) ? [term.token.stem] : term.token.keys;
    keys.forEach((key, k) => {
      const list = postings.get(key);
      if (!list) return;
      const credit = term.weight * Math.log(1 + briefs.length / list.length) * (k === 0 ? 1 : 0.8);
      for (const position of list) {
        if (creditedBy.get(position) === t) continue;
        creditedBy.set(position, t);
        scores.set(position, (scores.get(position) ?? 0) + credit);
      }
    });
  });
  let best = newest;
  let bestScore = 0;
  for (const [position, score] of scores) {
    const tie =
      score === bestScore &&
      (newer(briefs[position], briefs[best]) ||
        (samePublished(briefs[position], briefs[best]) && position < best));
    if (score > bestScore || tie) {
      best = position;
      bestScore = score;
    }
  }
  return briefs[best];
}

function samePublished(a: Brief | undefined, b: Brief | undefined): boolean {
  return !!a && !!b && a.published === b.published;
}

function newer(a: Brief | undefined, b: Brief | undefined): boolean {
  return !!a && !!b && a.published > b.published;
}
