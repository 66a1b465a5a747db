/**
 * The news question set (`news-qa.dev.json`): real news articles keyed by id, and the questions a chat user
 * would type about them. Read and checked here so that a bad file fails with its name and the bad field.
 */
import { z } from 'zod';
import type { ArticleInput } from '../../src/ingest/article-input.js';
import { EvalSetError, parseSetJson, readSetText } from './read-set.js';

/** Groups of tokens: an answer is right when it holds every token of any one group. */
const TokenGroupsSchema = z.array(z.array(z.string().min(1)).min(1));

const NewsArticleSchema = z.object({
  text: z.string().min(1),
  /** Token groups a good briefing carries, one list of alternatives per fact (not used to score answers). */
  key_facts: z.array(TokenGroupsSchema),
  source_id: z.string().min(1),
});

const NewsQuestionSchema = z
  .object({
    id: z.string().min(1),
    article: z.string().min(1),
    q: z.string().min(1),
    any: TokenGroupsSchema.min(1).optional(),
    kind: z.string().min(1).optional(),
    unanswerable: z.literal(true).optional(),
    near_miss: z.boolean().optional(),
  })
  // Without token groups an answerable question could never be scored right, so say so where it is.
  .refine((q) => q.unanswerable === true || q.any !== undefined, {
    message: 'an answerable question needs "any" (its token groups); else mark it "unanswerable": true',
    path: ['any'],
  });

const NewsSetSchema = z.object({
  about: z.string().min(1),
  articles: z.record(z.string().min(1), NewsArticleSchema),
  questions: z.array(NewsQuestionSchema).min(1),
});

export type NewsQuestion = z.infer<typeof NewsQuestionSchema>;
export type NewsArticle = z.infer<typeof NewsArticleSchema> & { id: string };

export interface NewsSet {
  path: string;
  about: string;
  articles: NewsArticle[];
  questions: NewsQuestion[];
}

/** Checks the file's text; throws EvalSetError naming the file and the first bad fields. */
export function parseNewsSet(text: string, path: string): NewsSet {
  const data = parseSetJson(text, NewsSetSchema, 'news question set', path);
  const articles = Object.entries(data.articles).map(([id, article]) => ({ id, ...article }));
  const known = new Set(articles.map((a) => a.id));
  const stray = data.questions.findIndex((q) => !known.has(q.article));
  if (stray !== -1) {
    const q = data.questions[stray];
    throw new EvalSetError(
      `the news question set at ${path}: questions.${stray}.article names unknown article "${q?.article}" (question ${q?.id})`,
    );
  }
  return { path, about: data.about, articles, questions: data.questions };
}

export async function readNewsSet(path: string): Promise<NewsSet> {
  const hint = "Pass the sets' folder with --eval-dir DIR or NEWSBRIEF_EVAL_DIR.";
  return parseNewsSet(await readSetText(path, 'news question set', hint), path);
}

/** A news article as the bot takes it in: the set gives no title, so the brief has only id and text. */
export function toNewsInput(article: NewsArticle, path: string): ArticleInput {
  return { origin: `${path}#${article.id}`, id: article.id, text: article.text };
}
