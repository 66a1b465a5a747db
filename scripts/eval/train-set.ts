/**
 * The training split as one SQuAD set: the SQuAD 2.0 files in the training folder read and combined, so that
 * the squad suite's figures can be printed for the data the scorers were tuned on, beside the dev figures.
 */
import { join } from 'node:path';
import type { ArticleInput } from '../../src/ingest/article-input.js';
import { type QaSet, readQaSet, toArticleInput } from './dev-sets.js';
import { EvalSetError } from './read-set.js';

/** The training folder's SQuAD sets, each `<name>.articles.jsonl` + `<name>.questions.jsonl`. */
export const TRAIN_SETS = ['squad2-dev-half', 'squad2-train-subset'] as const;

export interface TrainSet {
  set: QaSet;
  /** The articles as the bot takes them in, each naming the file it came from. */
  inputs: ArticleInput[];
}

/**
 * Reads and combines the sets. An article or question id already used by an earlier file is prefixed with
 * its file's name, since the engine looks briefs up by id and the report lists questions by id.
 */
export async function readTrainSet(dir: string, names: readonly string[] = TRAIN_SETS): Promise<TrainSet> {
  const parts = await Promise.all(names.map((name) => readQaSet(dir, name))).catch((error: unknown) => {
    // The reader's hint names the dev sets' folder; this folder is set elsewhere.
    if (!(error instanceof EvalSetError)) throw error;
    throw new EvalSetError(`${error.message} For the train suite: --train-dir DIR or NEWSBRIEF_TRAIN_DIR.`);
  });
  const combined: QaSet = {
    articlesPath: join(dir, `{${names.join(',')}}.articles.jsonl`),
    questionsPath: join(dir, `{${names.join(',')}}.questions.jsonl`),
    articles: [],
    questions: [],
  };
  const inputs: ArticleInput[] = [];
  const articleIds = new Set<string>();
  const questionIds = new Set<string>();
  for (const [i, part] of parts.entries()) {
    const prefix = `${names[i]}:`;
    const renamed = new Map<string, string>();
    for (const article of part.articles) {
      const id = articleIds.has(article.id) ? prefix + article.id : article.id;
      articleIds.add(id);
      renamed.set(article.id, id);
      combined.articles.push({ ...article, id });
      inputs.push(toArticleInput({ ...article, id }, part.articlesPath));
    }
    for (const question of part.questions) {
      const id = questionIds.has(question.id) ? prefix + question.id : question.id;
      questionIds.add(id);
      combined.questions.push({
        ...question,
        id,
        article: renamed.get(question.article) ?? question.article,
      });
    }
  }
  return { set: combined, inputs };
}
