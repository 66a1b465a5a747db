import { type KindFromWords, kindFromWords, knownPlace } from './name-kind.js';
import type { NameReading, SentenceContext } from './name-reading.js';
import { findNameRuns, type NameRun } from './name-runs.js';
import {
  aliasesAfter,
  aroundPlace,
  COMPASS_BEFORE,
  organisationBefore,
  organisationInRole,
  placeAfterIn,
} from './name-surroundings.js';
import { COMMON_ACRONYMS, isDemonym, TITLES } from './name-words.js';
import { looksLikePersonName, type PersonCue, personCue, titleSplit } from './person-cues.js';
import { FUNCTION_WORDS, type Word } from './words.js';

const PLACE_BEFORE = /\b(?:in|near|across|throughout|outside|from)\s+(?:the\s+)?$/i;

/** Every reading of every name run in a sentence. */
export function readNames(context: SentenceContext): NameReading[] {
  const readings: NameReading[] = [];
  const consumed: Array<{ start: number; end: number }> = [];
  const runs = findNameRuns(context.text, context.words, context.index, context.itemStarts);
  for (const run of runs) {
    if (run.quoted || consumed.some((span) => run.start >= span.start && run.end <= span.end)) continue;
    const found = readRun(run, runs, context);
    for (const reading of found.readings) readings.push(reading);
    if (found.consumed) consumed.push(found.consumed);
  }
  return readings;
}

interface RunResult {
  readings: NameReading[];
  consumed?: { start: number; end: number };
}

function readRun(run: NameRun, runs: readonly NameRun[], context: SentenceContext): RunResult {
  const { text: sentence, words, index } = context;
  const after = sentence.slice(run.end, run.end + 80);
  const aliases = aliasesAfter(after);
  const base = {
    sentence: index,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(run.initial ? { initial: true } : {}),
  };
  const single = run.first === run.last;
  // "AI", "TV", "CEO": capitals that are words, not names.
  if (single && COMMON_ACRONYMS.has(run.text.toLowerCase()) && !knownPlace(run.text)) return { readings: [] };
  const fromWords = single && run.initial ? knownPlace(run.text) : kindFromWords(run.text);
  if (fromWords) {
    const reading = wordsReading(run, fromWords, context, base);
    return { readings: [reading, ...aroundPlace(run, reading, context)] };
  }
  // "Labour MP", "Prime Minister", "Senior Vice President": a role without a name.
  if (TITLES.has((words[run.last] as Word).lower)) return { readings: [] };
  const titled = titleSplit(run, words);
  if (titled) return { readings: [personReading(titled, base)] };
  const before = sentence.slice(Math.max(0, run.start - 40), run.start);
  if (run.initial && single) return { readings: [{ ...base, kind: 'unknown', name: run.text, weight: 0 }] };
  const cue = looksLikePersonName(run, words) ? personCue(run, sentence, words) : undefined;
  if (cue && cue.weight >= 1.5) {
    const readings = [personReading(cue, base)];
    const organisation = cue.roleSpan
      ? organisationInRole(cue.role ?? '')
      : cue.role
        ? organisationBefore(runs, run, words)
        : undefined;
    if (organisation) {
      const person = readings[0] as NameReading;
      person.organisation = organisation;
      readings.push({ kind: 'organisation', name: organisation, weight: 1, sentence: index });
    }
    return { readings, ...(cue.roleSpan ? { consumed: cue.roleSpan } : {}) };
  }
  if (context.companyItems.some((item) => run.start >= item.start && run.end <= item.end)) {
    return { readings: [{ ...base, kind: 'organisation', name: run.text, weight: 2, orgKind: 'company' }] };
  }
  const demonym = single && isDemonym((words[run.first] as Word).lower);
  if (!demonym && (PLACE_BEFORE.test(before) || COMPASS_BEFORE.test(before))) {
    return { readings: placeReadings(run, context, base) };
  }
  const next = words[run.last + 1];
  const modifier =
    single &&
    next &&
    !next.capitalised &&
    !FUNCTION_WORDS.has(next.lower) &&
    /^\s+$/.test(sentence.slice(run.end, next.start));
  if (modifier && !cue) return { readings: [] };
  return { readings: [{ ...base, kind: 'unknown', name: run.text, weight: cue ? cue.weight : 0 }] };
}

function wordsReading(
  run: NameRun,
  fromWords: KindFromWords,
  context: SentenceContext,
  base: Omit<NameReading, 'kind' | 'name' | 'weight'>,
): NameReading {
  let name = run.text;
  const yearBefore = /(?:^|\s)((?:19|20)\d{2})\s+$/.exec(
    context.text.slice(Math.max(0, run.start - 6), run.start),
  );
  // "2022 China International Intelligent Industry Expo": the year is part of an event's name.
  if (fromWords.kind === 'event' && yearBefore?.[1]) name = `${yearBefore[1]} ${name}`;
  const reading: NameReading = { ...base, kind: fromWords.kind, name, weight: 3 };
  if (fromWords.orgKind) reading.orgKind = fromWords.orgKind;
  const within = fromWords.within ?? placeAfterIn(context.text, run);
  if (fromWords.kind === 'place' && within) reading.within = within;
  return reading;
}

function placeReadings(
  run: NameRun,
  context: SentenceContext,
  base: Omit<NameReading, 'kind' | 'name' | 'weight'>,
): NameReading[] {
  const reading: NameReading = { ...base, kind: 'place', name: run.text, weight: 1 };
  return [reading, ...aroundPlace(run, reading, context)];
}

function personReading(cue: PersonCue, base: Omit<NameReading, 'kind' | 'name' | 'weight'>): NameReading {
  return {
    ...base,
    kind: 'person',
    name: cue.name,
    weight: cue.weight,
    ...(cue.role ? { role: cue.role } : {}),
  };
}
