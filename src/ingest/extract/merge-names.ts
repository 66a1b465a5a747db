import type { NameKind } from './name-kind.js';
import type { NameReading } from './name-reading.js';
import { CHINESE_SURNAMES, COMPANY_SUFFIXES, FIRST_NAMES } from './name-words.js';

/** All the readings of one name, and what they add up to. */
export interface NameGroup {
  key: string;
  kind: NameKind;
  /** Written forms with how often each was read. */
  forms: Map<string, number>;
  weight: number;
  aliases: Set<string>;
  firstSentence: number;
  role?: string | undefined;
  organisation?: string | undefined;
  orgKind?: string;
  within?: string;
}

interface Tally {
  key: string;
  forms: Map<string, number>;
  votes: Map<NameReading['kind'], number>;
  readings: NameReading[];
  aliases: Set<string>;
  firstSentence: number;
}

export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '');
}

/** "2022 Smart Expo" is the Smart Expo of 2022. */
function withoutYear(key: string): string {
  return key.replace(/^(?:19|20)\d{2}\s+/, '');
}

/**
 * Merges readings into named things: the kind most readings vote for, and a short form read on its own
 * ("Klopp", "Changan", "Smart Expo") folded into the full name it stands for.
 */
export function mergeNames(readings: readonly NameReading[]): NameGroup[] {
  const tallies = new Map<string, Tally>();
  for (const reading of readings) tallyReading(tallies, reading);
  const groups = new Map<string, NameGroup>();
  for (const tally of tallies.values()) {
    const group = decide(tally);
    if (group) groups.set(tally.key, group);
  }
  const aliasOwner = new Map<string, NameGroup>();
  for (const group of groups.values()) {
    for (const alias of group.aliases) aliasOwner.set(nameKey(alias), group);
  }
  for (const tally of tallies.values()) {
    const owner = ownerOf(tally, groups, aliasOwner);
    if (!owner) continue;
    for (const form of tally.forms.keys()) if (nameKey(form) !== owner.key) owner.aliases.add(form);
    groups.delete(tally.key);
  }
  // "Silvonek" alone when Jamie and Cheryl Silvonek are both named: a surname, but whose cannot be told.
  const surnames = new Set(
    [...groups.values()].filter((g) => g.kind === 'person').map((g) => g.key.split(' ').at(-1)),
  );
  return [...groups.values()].filter(
    (g) =>
      (g.weight >= 1.5 || g.kind !== 'person') &&
      !(g.weight < 2 && !g.key.includes(' ') && surnames.has(g.key) && g.kind !== 'person'),
  );
}

function tallyReading(tallies: Map<string, Tally>, reading: NameReading): void {
  const key = nameKey(reading.name);
  let tally = tallies.get(key);
  if (!tally) {
    tally = {
      key,
      forms: new Map(),
      votes: new Map(),
      readings: [],
      aliases: new Set(),
      firstSentence: reading.sentence,
    };
    tallies.set(key, tally);
  }
  tally.forms.set(reading.name, (tally.forms.get(reading.name) ?? 0) + 1);
  tally.votes.set(reading.kind, (tally.votes.get(reading.kind) ?? 0) + reading.weight);
  tally.readings.push(reading);
  for (const alias of reading.aliases ?? []) tally.aliases.add(alias);
}

function decide(tally: Tally): NameGroup | undefined {
  let kind: NameKind | undefined;
  let weight = 0;
  for (const [k, w] of tally.votes) {
    if (k !== 'unknown' && w > weight) {
      kind = k;
      weight = w;
    }
  }
  if (!kind) return undefined;
  const own = tally.readings.filter((r) => r.kind === kind);
  const group: NameGroup = {
    key: tally.key,
    kind,
    forms: tally.forms,
    weight,
    aliases: tally.aliases,
    firstSentence: tally.firstSentence,
  };
  const role = own.find((r) => r.role);
  if (role?.role) group.role = role.role;
  if (role?.organisation) group.organisation = role.organisation;
  const orgKind = own.find((r) => r.orgKind)?.orgKind;
  if (orgKind) group.orgKind = orgKind;
  const within = own.find((r) => r.within)?.within;
  if (within) group.within = within;
  return group;
}

/** The fuller name a short or weakly read name stands for, if there is exactly one. */
function ownerOf(
  tally: Tally,
  groups: ReadonlyMap<string, NameGroup>,
  aliasOwner: ReadonlyMap<string, NameGroup>,
): NameGroup | undefined {
  const declared = aliasOwner.get(tally.key) ?? aliasOwner.get(withoutYear(tally.key));
  if (declared && declared.key !== tally.key) return declared;
  if (tally.key.includes(' ')) return undefined;
  const own = groups.get(tally.key);
  // A strong reading stands on its own ("Chongqing" the city), except a surname: "Locke" is Gary Locke.
  if (own && own.weight >= 2 && own.kind !== 'person') return undefined;
  const owners = [...groups.values()].filter((g) => g.key !== tally.key && standsFor(tally.key, g));
  const owner = owners.length === 1 ? owners[0] : undefined;
  if (owner && own?.kind === 'person') {
    owner.role ??= own.role;
    owner.organisation ??= own.organisation;
  }
  return owner;
}

/** "klopp" for Jurgen Klopp, "wang" for Wang Dongming, "changan" for Changan Automobile. */
function standsFor(word: string, group: NameGroup): boolean {
  const parts = group.key.split(/\s+/);
  if (parts.length < 2) return false;
  if (group.kind === 'person') {
    if (parts.at(-1) === word) return true;
    // "Wang" for Wang Dongming; "Julia" for Julia Louis-Dreyfus, as tabloids write.
    return parts[0] === word && (CHINESE_SURNAMES.has(word) ? parts.length === 2 : FIRST_NAMES.has(word));
  }
  if (group.kind === 'organisation') {
    return parts[0] === word && parts.slice(1).every((p) => COMPANY_SUFFIXES.has(p));
  }
  return false;
}
