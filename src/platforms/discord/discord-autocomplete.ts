import type { AutocompleteInteraction } from 'discord.js';
import { sortNewestFirst } from '../../core/commands/find-brief.js';
import type { DiscordDeps } from './discord-deps.js';

/** Discord shows at most 25 suggestions, each name and value at most 100 characters. */
const MAX_CHOICES = 25;
const clip = (text: string) => (text.length <= 100 ? text : `${text.slice(0, 99)}…`);

const TIME_ZONES: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];

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
  const matches = sortNewestFirst(deps.briefs()).filter((brief) => {
    const haystack = `${brief.id} ${brief.title}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  await interaction.respond(
    matches.slice(0, MAX_CHOICES).map((brief) => ({
      name: clip(`${brief.title} · ${brief.published.slice(0, 10)}`),
      value: clip(brief.id),
    })),
  );
}
