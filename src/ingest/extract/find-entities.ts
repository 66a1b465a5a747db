import type { z } from 'zod';
import type { EventSchema, OrganisationSchema, PersonSchema, PlaceSchema } from '../../core/brief.schema.js';
import { mergeNames, type NameGroup, nameKey } from './merge-names.js';
import type { NameKind } from './name-kind.js';
import type { NameReading, SentenceContext } from './name-reading.js';
import { readNames } from './read-names.js';

export type ExtractedPerson = z.output<typeof PersonSchema>;
export type ExtractedOrganisation = z.output<typeof OrganisationSchema>;
export type ExtractedPlace = z.output<typeof PlaceSchema>;
export type ExtractedEvent = z.output<typeof EventSchema>;

/** Where a named thing is mentioned in a sentence (by its name or an alias). */
export interface Mention {
  kind: NameKind;
  name: string;
  start: number;
  end: number;
}

export interface Entities {
  people: ExtractedPerson[];
  organisations: ExtractedOrganisation[];
  places: ExtractedPlace[];
  events: ExtractedEvent[];
  /** Mentions per sentence, in order of position. */
  mentions: Mention[][];
}

export function findEntities(contexts: readonly SentenceContext[]): Entities {
  const readings: NameReading[] = [];
  for (const context of contexts) for (const reading of readNames(context)) readings.push(reading);
  const groups = mergeNames(readings);
  const mentions: Mention[][] = contexts.map(() => []);
  const entities: Entities = { people: [], organisations: [], places: [], events: [], mentions };
  for (const group of groups.sort((a, b) => a.firstSentence - b.firstSentence)) {
    const name = preferredForm(group);
    const aliases = [...new Set([...group.forms.keys(), ...group.aliases])].filter(
      (form) => form !== name && nameKey(form) !== nameKey(name),
    );
    const sentences = findMentions(contexts, group.kind, [name, ...aliases], mentions);
    if (sentences.length === 0) continue;
    addEntity(entities, group, name, aliases, sentences);
  }
  entities.mentions = mentions.map(outermost);
  return entities;
}

function addEntity(
  entities: Entities,
  group: NameGroup,
  name: string,
  aliases: string[],
  sentences: number[],
) {
  const base = { name, aliases, sentences };
  switch (group.kind) {
    case 'person':
      entities.people.push({
        ...base,
        ...(group.role ? { role: group.role } : {}),
        ...(group.organisation ? { organisation: group.organisation } : {}),
      });
      break;
    case 'organisation':
      entities.organisations.push({ ...base, ...(group.orgKind ? { kind: group.orgKind } : {}) });
      break;
    case 'place':
      entities.places.push({ ...base, ...(group.within ? { within: group.within } : {}) });
      break;
    case 'event':
      entities.events.push(base);
      break;
  }
}

/** The form read most often; on a tie the longest ("2022 China International … Expo" over "Smart Expo"). */
function preferredForm(group: NameGroup): string {
  let best = '';
  let count = -1;
  for (const [form, seen] of group.forms) {
    if (nameKey(form) !== group.key) continue;
    if (seen > count || (seen === count && form.length > best.length)) {
      best = form;
      count = seen;
    }
  }
  return best || [...group.forms.keys()][0] || group.key;
}

/** Sentences naming the thing by any of its forms (whole words only), recording each mention. */
function findMentions(
  contexts: readonly SentenceContext[],
  kind: NameKind,
  forms: readonly string[],
  mentions: Mention[][],
): number[] {
  const sentences: number[] = [];
  contexts.forEach((context, index) => {
    let found = false;
    for (const form of forms) {
      let at = context.text.indexOf(form);
      while (at !== -1) {
        const end = at + form.length;
        if (isWordAt(context.text, at, end)) {
          found = true;
          mentions[index]?.push({ kind, name: forms[0] as string, start: at, end });
        }
        at = context.text.indexOf(form, end);
      }
    }
    if (found) sentences.push(index);
  });
  return sentences;
}

function isWordAt(text: string, start: number, end: number): boolean {
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  return !isWordChar(text[start - 1]) && !isWordChar(text[end]);
}

/** Mentions in order, without those inside a longer one ("Smart Expo" inside "Smart Expo Summit"). */
function outermost(list: Mention[]): Mention[] {
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of list) {
    const last = kept.at(-1);
    if (last && mention.start >= last.start && mention.end <= last.end) continue;
    kept.push(mention);
  }
  return kept;
}
