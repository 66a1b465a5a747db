import {
  COMMON_ACRONYMS,
  EVENT_FIRST_HEADS,
  EVENT_HEADS,
  ORGANISATION_HEADS,
  PLACE_FIRST_HEADS,
  PLACE_HEADS,
} from './name-words.js';
import { KNOWN_PLACES } from './place-names.js';
import { withoutPossessive } from './words.js';

export type NameKind = 'person' | 'organisation' | 'place' | 'event';

/** What a name's own words say it is, before any word around it is read. */
export interface KindFromWords {
  kind: Exclude<NameKind, 'person'>;
  /** For an organisation: company, government body, media outlet, … */
  orgKind?: string;
  /** For a place: the larger place it lies in, when known. */
  within?: string;
}

const COMPASS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Northeast|Northwest|Southeast|Southwest|North-East|North-West|South-East|South-West|Northeastern|Northwestern|Southeastern|Southwestern)\s+(.+)$/;
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

/**
 * The kind a name's words give away: a head ("… Ministry", "… Expo", "… County", "Battle of …"), a place
 * everyone knows ("Chongqing", "Southwest China"), or capitals that spell a body ("CCID").
 */
export function kindFromWords(name: string): KindFromWords | undefined {
  const words = name.split(/\s+/);
  const lowers = words.map((w) => withoutPossessive(w.toLowerCase()));
  const last = lowers.at(-1) ?? '';
  const ofAt = lowers.findIndex((w, i) => (w === 'of' || w === 'for') && i > 0);
  const beforeOf = ofAt === -1 ? [] : lowers.slice(0, ofAt);
  if (EVENT_HEADS.has(last) || (ofAt === 1 && EVENT_FIRST_HEADS.has(lowers[0] ?? '')))
    return { kind: 'event' };
  // "Ministry of Science and Technology" is a ministry: a head before "of" outranks the last word.
  const orgHead =
    beforeOf.findLast((w) => ORGANISATION_HEADS.has(w)) ?? (ORGANISATION_HEADS.has(last) ? last : undefined);
  if (orgHead) return { kind: 'organisation', orgKind: ORGANISATION_HEADS.get(orgHead) as string };
  const known = knownPlace(name);
  if (known) return known;
  if (PLACE_HEADS.has(last) || (ofAt === 1 && PLACE_FIRST_HEADS.has(lowers[0] ?? '')))
    return { kind: 'place' };
  if (words.length === 1 && isAcronym(name)) return { kind: 'organisation', orgKind: 'organisation' };
  return undefined;
}

export function knownPlace(name: string): KindFromWords | undefined {
  const within = KNOWN_PLACES.get(name);
  if (within !== undefined) return within ? { kind: 'place', within } : { kind: 'place' };
  // "Southwest China", "northern England": a part of a place everyone knows.
  const part = COMPASS.exec(name)?.[1];
  if (part && KNOWN_PLACES.has(part)) return { kind: 'place', within: part };
  return undefined;
}

/** "CCID", "NATO", "U.N." — but not "AI", "CEO" or a Roman numeral. */
export function isAcronym(word: string): boolean {
  if (ROMAN.test(word) || COMMON_ACRONYMS.has(word.toLowerCase().replace(/\./g, ''))) return false;
  // "LYING", "SHOCKED": a caption shouting a word, not a body's initials.
  if (/^[A-Z]{4,}(?:ING|ED)$/.test(word)) return false;
  return /^[A-Z][A-Z0-9&]{1,6}$/.test(word) || /^(?:[A-Z]\.){2,4}$/.test(word);
}
