import { z } from 'zod';
import { readJsonSet } from './read-set.js';

const TokenGroup = z.array(z.string().min(1)).min(1);

const SeedQuestionSchema = z
  .object({
    id: z.string().min(1),
    q: z.string().min(1),
    any: z.array(TokenGroup).min(1).optional(),
    unanswerable: z.boolean().optional(),
  })
  .refine((q) => q.unanswerable === true || q.any !== undefined, {
    message: 'an answerable question needs "any" (groups of tokens the answer must contain)',
  });

const SeedSetSchema = z.object({
  about: z.string().optional(),
  questions: z.array(SeedQuestionSchema).min(1),
});

export type SeedQuestion =
  | { id: string; question: string; expect: 'answer'; groups: string[][] }
  | { id: string; question: string; expect: 'abstain' };

export interface SeedSet {
  path: string;
  about: string | null;
  questions: SeedQuestion[];
}

/** Reads `seed-qa.dev.json`: `{about, questions: [{id, q, any: [[token, …], …]} | {id, q, unanswerable: true}]}`. */
export async function readSeedSet(path: string): Promise<SeedSet> {
  const data = await readJsonSet(path, SeedSetSchema, 'seed question set');
  const questions = data.questions.map((q): SeedQuestion => {
    if (q.unanswerable === true || q.any === undefined) return { id: q.id, question: q.q, expect: 'abstain' };
    return { id: q.id, question: q.q, expect: 'answer', groups: q.any };
  });
  return { path, about: data.about ?? null, questions };
}
