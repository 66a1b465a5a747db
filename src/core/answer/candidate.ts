import type { ExpectedType } from './answer.js';
import type { Evidence } from './evidence.js';

/** A possible answer, with the sentence it would cite and what it stands on. */
export interface Candidate {
  answer: string;
  sentence: number;
  evidence: Evidence;
  /** How well the candidate's kind fits the kind of answer asked for (0–1). */
  typeFit: number;
  /** Extra support beyond coverage, e.g. closeness to the question's words in the sentence (0–1). */
  support: number;
  origin: 'fact' | 'entity' | 'span' | 'cue' | 'clause';
  /** Token positions of the answer in its sentence, when it was read from the sentence itself. */
  span?: { start: number; end: number };
  /** What kind of value or name the candidate is ("money", "person", "statement", …), when known. */
  kind?: string;
  /** For "how many X": whether X stands right after the value ("five [people] missing") or not. */
  counted?: 'follows' | 'absent';
  /** Share of the question's names that stand with the candidate (its clause, or what its fact is about). */
  nameInClause?: number;
  /** The candidate's sentence says the opposite of a question word ("lowest" asked, "highest" written). */
  polarityConflict?: boolean;
}

/** How well a typed value of the brief answers a question of the expected kind. */
export const KIND_FIT: Partial<Record<ExpectedType, Partial<Record<string, number>>>> = {
  money: { money: 1, quantity: 0.5 },
  count: { count: 1, duration: 0.8, quantity: 0.6, number: 0.7 },
  percent: { percent: 1 },
  temperature: { temperature: 1 },
  date: { date: 1 },
  duration: { duration: 1, count: 0.6, date: 0.4 },
  quantity: { quantity: 1, money: 0.8, count: 0.35, number: 0.35, temperature: 0.6 },
  number: { count: 0.9, quantity: 0.9, duration: 0.8, number: 1, money: 0.6 },
  // 'entity' is a capitalised name whose kind the engine could not tell.
  person: { person: 1, organisation: 0.7, list: 0.7, entity: 0.75 },
  organisation: { organisation: 1, list: 0.8, person: 0.3, entity: 0.7 },
  place: { place: 1, list: 0.5, entity: 0.65 },
  entity: {
    organisation: 0.9,
    person: 0.8,
    place: 0.8,
    event: 0.8,
    list: 0.8,
    statement: 0.8,
    entity: 0.8,
    clause: 0.6,
  },
  list: { list: 1, organisation: 0.6, statement: 0.6, entity: 0.5, clause: 0.4 },
  reason: { statement: 0.7, list: 0.8, reason: 1 },
  manner: { statement: 0.7, manner: 1, clause: 0.5 },
  description: {
    statement: 1,
    list: 0.9,
    money: 0.9,
    count: 0.9,
    percent: 0.9,
    temperature: 0.9,
    date: 0.5,
    duration: 0.9,
    quantity: 0.9,
    clause: 0.7,
    entity: 0.6,
    organisation: 0.6,
    place: 0.6,
    person: 0.6,
  },
};

export function kindFit(expected: ExpectedType, kind: string): number {
  return KIND_FIT[expected]?.[kind] ?? 0;
}
