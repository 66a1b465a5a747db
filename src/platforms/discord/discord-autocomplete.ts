import type { AutocompleteInteraction } from 'discord.js';
import { suggestBriefs } from '../../core/commands/find-brief.js';
import { listedDate } from '../../core/replies/brief-date.js';
import type { DiscordDeps } from './discord-deps.js';
import { clipTo100 } from './discord-text.js';

/** Discord shows at most 25 suggestions, each name and value at most 100 characters. */
const MAX_CHOICES = 25;

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
  await interaction.respond(
    suggestBriefs(deps.briefs(), typed, MAX_CHOICES).map((brief) => ({
      name: clipTo100(`${brief.title} · ${listedDate(brief)}`),
      value: clipTo100(brief.id),
    })),
  );
}
