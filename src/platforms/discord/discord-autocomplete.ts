import type { AutocompleteInteraction } from 'discord.js';
import type { Brief } from '../../core/brief.schema.js';
import { sortNewestFirst } from '../../core/commands/find-brief.js';
import type { DiscordDeps } from './discord-deps.js';
import { clipTo100 } from './discord-text.js';

/** Discord shows at most 25 suggestions, each name and value at most 100 characters. */
const MAX_CHOICES = 25;

const TIME_ZONES: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];

/**
 * The library newest first, each brief with its lower-cased id and title. Made once per library (a reload
 * makes a new array), since Discord asks again at every keystroke.
 */
const SEARCHABLE = new WeakMap<readonly Brief[], { brief: Brief; haystack: string }[]>();

function searchable(briefs: readonly Brief[]): { brief: Brief; haystack: string }[] {
  let list = SEARCHABLE.get(briefs);
  if (!list) {
    list = sortNewestFirst(briefs).map((brief) => ({
      brief,
      haystack: `${brief.id} ${brief.title}`.toLowerCase(),
    }));
    SEARCHABLE.set(briefs, list);
  }
  return list;
}

/** Suggests brief titles (newest first; the value is the brief id) or IANA time zones as the person types. */
export async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  deps: DiscordDeps,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value).trim().toLowerCase();
  if (focused.name === 'timezone') {
    const wanted = typed.replace(/\s+/g, '_');
    const zones = TIME_ZONES.filter((zone) => zone.toLowerCase().includes(wanted));
    await interaction.respond(zones.slice(0, MAX_CHOICES).map((zone) => ({ name: zone, value: zone })));
    return;
  }
  if (focused.name !== 'brief') {
    await interaction.respond([]);
    return;
  }
  const words = typed.split(/\s+/).filter(Boolean);
  const matches: Brief[] = [];
  for (const { brief, haystack } of searchable(deps.briefs())) {
    if (words.every((word) => haystack.includes(word))) matches.push(brief);
    if (matches.length === MAX_CHOICES) break;
  }
  await interaction.respond(
    matches.map((brief) => ({
      name: clipTo100(`${brief.title} · ${brief.published.slice(0, 10)}`),
      value: clipTo100(brief.id),
    })),
  );
}
