/** The development sets' JSON Lines shapes (see the eval README) and their readers. */
import { join } from 'node:path';
import { z } from 'zod';
import type { ArticleInput } from '../../src/ingest/article-input.js';
import { readJsonLines } from './read-jsonl.js';
import { EvalSetError } from './read-set.js';

const ArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  text: z.string().min(1),
});
export type SetArticle = z.infer<typeof ArticleSchema>;

const QuestionSchema = z.object({
  id: z.string().min(1),
  article: z.string().min(1),
  question: z.string().min(1),
  answers: z.array(z.string()).default([]),
  unanswerable: z.boolean(),
  type: z.string().min(1).nullable().optional(),
});
export type SetQuestion = z.infer<typeof QuestionSchema>;

const SummarySchema = ArticleSchema.extend({ reference: z.string().min(1) });
export type SummaryArticle = z.infer<typeof SummarySchema>;

export const SET_FILES = {
  squad: 'squad2-normans',
  quail: 'quail-news',
  cnndm: 'cnndm.dev.jsonl',
  news: 'news-qa.dev.json',
  seedArticle: '../seeds/000_090bfcc126570e30.txt',
} as const;

export interface QaSet {
  articlesPath: string;
  questionsPath: string;
  articles: SetArticle[];
  questions: SetQuestion[];
}

/** Reads `<name>.articles.jsonl` and `<name>.questions.jsonl`; every question must name a known article. */
export async function readQaSet(dir: string, name: string): Promise<QaSet> {
  const articlesPath = join(dir, `${name}.articles.jsonl`);
  const questionsPath = join(dir, `${name}.questions.jsonl`);
  const articles = await readJsonLines(articlesPath, ArticleSchema, `${name} articles`);
  const questions = await readJsonLines(questionsPath, QuestionSchema, `${name} questions`);
  const known = new Set(articles.map((a) => a.id));
  const stray = questions.find((q) => !known.has(q.article));
  if (stray)
    throw new EvalSetError(`${questionsPath}: question ${stray.id} names unknown article ${stray.article}`);
  return { articlesPath, questionsPath, articles, questions };
}

export function readSummarySet(path: string): Promise<SummaryArticle[]> {
  return readJsonLines(path, SummarySchema, 'summary set');
}

/** A set's article as the bot would take it in from a JSON line. */
export function toArticleInput(article: SetArticle, origin: string): ArticleInput {
  const { id, title, author, source, url, text } = article;
  return { origin: `${origin}#${id}`, id, text, title, author, source, url };
}
