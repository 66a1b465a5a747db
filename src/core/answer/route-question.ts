import type { Brief } from '../brief.schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import type { BriefCollection } from './answer.js';
import { prepareBrief } from './prepare-brief.js';

interface LibraryIndex {
  /** For each key, the positions of the briefs that contain it. */
  postings: Map<string, number[]>;
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
    index = { postings };
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
  const { postings } = indexOf(briefs);
  const scores = new Float64Array(briefs.length);
  // Which term last credited each brief: a word counts once even when its stem and synonyms all match.
  const creditedBy = new Int32Array(briefs.length).fill(-1);
  analysis.terms.forEach((term, t) => {
    // The word itself when the library has it; its synonyms only when it does not (they are common and slow).
    const keys = postings.has(term.token.stem) ? [term.token.stem] : term.token.keys;
    keys.forEach((key, k) => {
      const list = postings.get(key);
      if (!list) return;
      const credit = term.weight * Math.log(1 + briefs.length / list.length) * (k === 0 ? 1 : 0.8);
      for (const position of list) {
        if (creditedBy[position] === t) continue;
        creditedBy[position] = t;
        scores[position] = (scores[position] ?? 0) + credit;
      }
    });
  });
  let best = 0;
  for (let i = 1; i < briefs.length; i++) {
    const score = scores[i] ?? 0;
    const bestScore = scores[best] ?? 0;
    if (score > bestScore || (score === bestScore && newer(briefs[i], briefs[best]))) best = i;
  }
  return briefs[best];
}

function newer(a: Brief | undefined, b: Brief | undefined): boolean {
  return !!a && !!b && a.published > b.published;
}
