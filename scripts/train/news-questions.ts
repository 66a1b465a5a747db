/**
 * The news half of the training questions: CNN/DailyMail articles (the cased copies; the lower-cased,
 * tokenised ones would teach the engine that names have no capitals) turned into questions by
 * cloze-questions.ts, plus near-miss unanswerable ones.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { analyzeQuestion } from '../../src/core/answer/analyze-question.js';
import type { Brief } from '../../src/core/brief.schema.js';
import { tokenize } from '../../src/core/text/tokenize.js';
import { nounClasses } from '../../src/core/text/wordnet.js';
import type { QaSet } from '../eval/dev-sets.js';
import { ingestSet } from '../eval/ingest-set.js';
import { readJsonLines } from '../eval/read-jsonl.js';
import { type ClozeQuestion, clozeQuestions, yesNoQuestions } from './cloze-questions.js';

export const NewsArticleSchema = z.object({
  id: z.string(),
  format: z.enum(['cased', 'tokenized-lowercased']),
  article: z.string().min(1),
  highlights: z.string(),
});

/** One question in this many is also asked of another article, and one with a noun swapped: near misses. */
const NEAR_MISS_EVERY = 3;

export async function newsQuestions(
  dir: string,
): Promise<{ set: QaSet; briefs: Brief[]; byArticle: Map<string, Brief> }> {
  const path = join(dir, 'cnndm-val.jsonl');
  const rows = (await readJsonLines(path, NewsArticleSchema, 'CNN/DailyMail training articles')).filter(
    (r) => r.format === 'cased',
  );
  const ingested = await ingestSet(
    rows.map((r) => ({ origin: `${path}#${r.id}`, id: r.id, text: r.article })),
  );
  const questions: ClozeQuestion[] = [];
  const yesNo: ClozeQuestion[] = [];
  for (const row of rows) {
    const brief = ingested.byInput.get(row.id);
    if (!brief) continue;
    row.highlights.split('\n').forEach((line, i) => {
      questions.push(...clozeQuestions(line, brief, row.article, `${row.id}-${i}`));
      // Only those the engine reads as yes/no ("Was X, who …" has a "who" and is not one).
      yesNo.push(
        ...yesNoQuestions(line, `${row.id}-${i}`, brief.id).filter(
          (q) => analyzeQuestion(q.question).expected === 'yesno',
        ),
      );
    });
  }
  const texts = new Map(rows.map((r) => [ingested.byInput.get(r.id)?.id ?? r.id, r.article.toLowerCase()]));
  const nearMisses = (asked: readonly ClozeQuestion[]) => [
    ...asked
      .filter((_, i) => i % NEAR_MISS_EVERY === 0)
      .flatMap((q) => nearMiss(q, ingested.briefs, texts) ?? []),
    ...asked
      .filter((_, i) => i % NEAR_MISS_EVERY === 1)
      .flatMap((q, i, all) => swappedNoun(q, all[(i + 7) % all.length] as ClozeQuestion, texts) ?? []),
  ];
  const articles = rows.map((r) => ({ id: r.id, text: r.article }));
  const byArticle = new Map([...ingested.byInput].map(([_id, brief]) => [brief.id, brief]));
  return {
    set: {
      articlesPath: path,
      questionsPath: path,
      articles,
      questions: [...questions, ...nearMisses(questions), ...yesNo, ...nearMisses(yesNo)],
    },
    briefs: ingested.briefs,
    byArticle,
  };
}

/**
 * The question with one of its nouns swapped for a noun of another question that its article never uses
 * ("How many [tickets] were sold?" of a story about passengers): the near miss SQuAD 2.0's writers made by
 * hand, made here by rule. The swapped-in word is a noun in WordNet, so the question still reads as English.
 */
function swappedNoun(
  q: ClozeQuestion,
  donor: ClozeQuestion,
  texts: Map<string, string>,
): ClozeQuestion | undefined {
  const text = texts.get(q.article) ?? '';
  const nouns = (question: string) =>
    tokenize(question).filter(
      (t) => !t.capitalised && !t.isStopword && !t.isNumber && nounClasses(t.norm).length > 0,
    );
  const target = nouns(q.question).find(
    (t) => !/^(?:how|many|much|when|where|who|long|percentage|money)$/.test(t.norm),
  );
  const replacement = nouns(donor.question).find((t) => t.norm.length > 3 && !text.includes(t.norm));
  if (!target || !replacement || target.stem === replacement.stem) return undefined;
  const question = `${q.question.slice(0, target.start)}${replacement.raw}${q.question.slice(target.end)}`;
  return { ...q, id: `${q.id}-swapped`, question, answers: [], unanswerable: true };
}

/** The question asked of the other article that shares the most of its names, when that one lacks the answer. */
function nearMiss(
  q: ClozeQuestion,
  briefs: readonly Brief[],
  texts: Map<string, string>,
): ClozeQuestion | undefined {
  const names = tokenize(q.question)
    .filter((t, i) => i > 0 && t.capitalised)
    .map((t) => t.norm);
  if (names.length === 0) return undefined;
  let best: { brief: Brief; shared: number } | undefined;
  for (const brief of briefs) {
    if (brief.id === q.article) continue;
    const text = texts.get(brief.id) ?? '';
    const shared = names.filter((n) => text.includes(n)).length;
    if (shared > (best?.shared ?? 0)) best = { brief, shared };
  }
  const answer = q.answers[0]?.toLowerCase() ?? '';
  if (!best || (texts.get(best.brief.id) ?? '').includes(answer)) return undefined;
  return { ...q, id: `${q.id}-elsewhere`, article: best.brief.id, answers: [], unanswerable: true };
}
