/**
 * The answer model's training examples: every question of the training sets asked of its paragraph's brief,
 * with every candidate the engine weighs and whether each is right (token F1 ≥ 0.5 against a gold answer,
 * the eval's rule). The engine's own `weighQuestion` makes them, so training sees what answering sees.
 */
import { weighQuestion } from '../../src/core/answer/answer-question.js';
import type { Weighed } from '../../src/core/answer/weigh-candidates.js';
import { yesNoFeatures } from '../../src/core/answer/yes-no.js';
import type { Brief } from '../../src/core/brief.schema.js';
import { readQaSet, toArticleInput } from '../eval/dev-sets.js';
import { bestF1, holdsGold } from '../eval/f1.js';
import { ingestSet } from '../eval/ingest-set.js';
import { newsQuestions } from './news-questions.js';

/** A candidate's answer is right when it overlaps a gold answer by half (the eval's rule). */
export const RIGHT_F1 = 0.5;

/**
 * How right a candidate is: token F1 against the best gold answer; for "why" and "how" questions, whose
 * answers are explanations, a short answer (≤ 40 words) that holds a gold answer whole counts as right too.
 */
function answerScore(expected: string, answer: string, golds: readonly string[]): number {
  const f1 = bestF1(answer, golds);
  if (expected !== 'reason' && expected !== 'manner') return f1;
  const words = answer.split(/\s+/).length;
  return words <= 40 && holdsGold(answer, golds) ? Math.max(f1, RIGHT_F1) : f1;
}

export interface CandidateExample {
  answer: string;
  features: Float64Array;
  right: boolean;
  f1: number;
}

export interface QuestionExample {
  id: string;
  /** The training set: 'squad' or 'news'. */
  source: string;
  /** The source article (a Wikipedia title): folds keep an article's paragraphs together. */
  group: string;
  unanswerable: boolean;
  candidates: CandidateExample[];
  /** Yes/no questions are read by another path and are not the ranker's. */
  yesNo: boolean;
  /** For a yes/no question the engine read: its features and whether its answer is right. */
  yesNoReading?: { features: Float64Array; right: boolean };
}

export const TRAINING_SETS = ['squad2-dev-half', 'squad2-train-subset', 'cnndm-val (cased)'] as const;

export interface TrainingExamples {
  squad: QuestionExample[];
  news: QuestionExample[];
}

export async function collectExamples(dir: string): Promise<TrainingExamples> {
  const squad: QuestionExample[] = [];
  for (const name of TRAINING_SETS.slice(0, 2)) {
    const set = await readQaSet(dir, name);
    const ingested = await ingestSet(set.articles.map((a) => toArticleInput(a, set.articlesPath)));
    const titles = new Map(set.articles.map((a) => [a.id, a.title ?? a.id]));
    // Paragraphs of one Wikipedia article stay in one fold.
    squad.push(
      ...examplesOf(
        set.questions,
        ingested.briefs,
        ingested.byInput,
        (q) => titles.get(q.article) ?? q.article,
        'squad',
      ),
    );
  }
  const news = await newsQuestions(dir);
  const byId = new Map(news.briefs.map((b) => [b.id, b]));
  return { squad, news: examplesOf(news.set.questions, news.briefs, byId, (q) => q.article, 'news') };
}

interface AskedQuestion {
  id: string;
  article: string;
  question: string;
  answers: readonly string[];
  unanswerable: boolean;
}

function examplesOf(
  questions: readonly AskedQuestion[],
  briefs: readonly Brief[],
  briefOf: ReadonlyMap<string, Brief>,
  groupOf: (q: AskedQuestion) => string,
  source: string,
): QuestionExample[] {
  const examples: QuestionExample[] = [];
  for (const q of questions) {
    const brief = briefOf.get(q.article);
    if (!brief) continue;
    const { analysis, weighed, yesNo } = weighQuestion(q.question, briefs, brief.id);
    const yesNoRight = (answer: string) =>
      !q.unanswerable && q.answers.some((a) => a.toLowerCase() === answer.toLowerCase());
    examples.push({
      id: q.id,
      source,
      group: groupOf(q),
      unanswerable: q.unanswerable,
      yesNo: analysis.expected === 'yesno',
      ...(yesNo
        ? {
            yesNoReading: {
              features: Float64Array.from(yesNoFeatures(yesNo)),
              right: yesNoRight(yesNo.answer),
            },
          }
        : {}),
      candidates: weighed.map((w: Weighed) => {
        const f1 = q.unanswerable ? 0 : answerScore(analysis.expected, w.candidate.answer, q.answers);
        return {
          answer: w.candidate.answer,
          features: Float64Array.from(w.features),
          right: f1 >= RIGHT_F1,
          f1,
        };
      }),
    });
  }
  return examples;
}
