/**
 * What the words around a name add to it: the short name given in brackets after it, the body named in a
 * person's role, the larger place after "in", the area named by a direction.
 */
import { kindFromWords, knownPlace } from './name-kind.js';
import type { NameReading, SentenceContext } from './name-reading.js';
import type { NameRun } from './name-runs.js';
import { isDemonym } from './name-words.js';
import type { Word } from './words.js';

const HEREINAFTER =
  /^\s*\((?:hereinafter|hereafter)(?:\s+(?:referred to as|called|known as))?,?\s+(?:the\s+)?([^)]{2,60})\)/i;
const ACRONYM_ALIAS = /^\s*\((?:the\s+)?([A-Z][A-Za-z0-9&.]{1,9})\)/;
export const COMPASS_BEFORE = /\b((?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?)\s+$/i;
const AREA_AFTER = /^\s+(area|region|part|areas|regions)\b/;

/** Names made around a place: "the northeastern Chongqing area", "the government of Yunyang County". */
export function aroundPlace(run: NameRun, place: NameReading, context: SentenceContext): NameReading[] {
  if (place.kind !== 'place') return [];
  const before = context.text.slice(Math.max(0, run.start - 40), run.start);
  const readings: NameReading[] = [];
  const compass = COMPASS_BEFORE.exec(before)?.[1];
  const area = AREA_AFTER.exec(context.text.slice(run.end))?.[1];
  if (compass && area) {
    const part = `${compass} ${run.text}`;
    readings.push({
      kind: 'place',
      name: `${part} ${area}`,
      weight: 2,
      sentence: context.index,
      aliases: [part],
      within: run.text,
    });
  }
  if (/\bgovernment of\s+$/i.test(before)) {
    const name = `government of ${run.text}`;
    readings.push({
      kind: 'organisation',
      name,
      weight: 2,
      sentence: context.index,
      orgKind: 'local government',
    });
  }
  return readings;
}

const ORG_IN_ROLE =
  /\b(?:of|at|for|with)\s+(?:the\s+)?([A-Z][\p{L}\d'’&.-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\p{L}\d'’&.-]*)*)/u;
const OWNER_OF_ROLE = /^(?:the\s+)?([A-Z][\p{L}\d&.-]*(?:\s[A-Z][\p{L}\d&.-]*)*)['’]s\s/u;

/** "Senior Vice President of Huawei and President of China Region" → "Huawei"; "Huawei's CEO" → "Huawei". */
export function organisationInRole(role: string): string | undefined {
  const owner = OWNER_OF_ROLE.exec(role)?.[1];
  if (owner) return owner;
  const found = ORG_IN_ROLE.exec(role)?.[1]?.replace(/['’]s$/, '');
  if (!found || kindFromWords(found)?.kind === 'organisation') return found;
  const first = found.split(/\s+and\s+/)[0];
  return first && !knownPlace(first) ? first : undefined;
}

/** "21st Century Business Herald reporter Wen Jing" → the outlet named before the role noun. */
export function organisationBefore(
  runs: readonly NameRun[],
  run: NameRun,
  words: readonly Word[],
): string | undefined {
  const found = runs.find((r) => r.last === run.first - 2);
  if (!found || knownPlace(found.text)) return undefined;
  return found.first === found.last && isDemonym((words[found.first] as Word).lower) ? undefined : found.text;
}

/** "Yunyang County in Chongqing" → Chongqing. */
export function placeAfterIn(sentence: string, run: NameRun): string | undefined {
  const match = /^\s+in\s+([A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+)?)/u.exec(
    sentence.slice(run.end, run.end + 40),
  );
  const place = match?.[1];
  return place && knownPlace(place) ? place : undefined;
}

export function aliasesAfter(after: string): string[] {
  const hereinafter = HEREINAFTER.exec(after)?.[1];
  if (hereinafter) return [hereinafter.trim()];
  const acronym = ACRONYM_ALIAS.exec(after)?.[1];
  return acronym ? [acronym] : [];
}
