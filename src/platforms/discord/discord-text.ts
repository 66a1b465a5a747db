/**
 * Text helpers for Discord: article and user text must show as written, never as markdown or a mention.
 * Only what Discord would interpret is escaped, so the message stays readable. Pure; no discord.js.
 */

const ZWJ = '\u200D';

/** A URL as Discord links it; its characters are left alone so the link keeps working. */
const URL_RUN = /https?:\/\/[^\s<]+/g;

/** Markdown Discord reads anywhere in a line: the escape, italic/bold, underline, code; strike and spoiler in pairs. */
const INLINE_MARKDOWN = /[\\*_`]|~~|\|\|/g;

/** A `[` that opens a masked link `[label](url)` later on the line. */
const MASKED_LINK = /\[(?=[^\n]*\]\()/g;

/** What Discord reads only at the start of a line: a quote, a heading, subtext, a bulleted list. */
const LINE_START_MARKER = /^(?:>>> |> |#{1,3} |-# |[-+] )/;
const NUMBERED_ITEM = /^(\d+)\. /;

/**
 * `@everyone` and `@here` as a bare substring (Slack's `@channel` too: the joiner is invisible and the text
 * then reads the same wherever it is pasted).
 */
const BROADCAST = /@(everyone|here|channel)/gi;

/** The `<` of a user, role or channel mention (`<@123>`, `<@!123>`, `<@&123>`, `<#123>`) or Slack's `<!here>`. */
const MENTION_OPENER = /<(?=[@#!])/g;

/**
 * Makes text safe for a Discord field that renders markdown (description, field, title): escapes inline
 * markdown and masked links and breaks mentions with a zero-width joiner, all outside URLs, which Discord
 * links whole (and a link pings no one). Markers that only count at the start of a line are left to
 * `escapeLineStart`, since splitting decides where lines start.
 */
export function escapeDiscord(text: string): string {
  return outsideUrls(text, (part) =>
    plainDiscord(
      part.replace(INLINE_MARKDOWN, (m) => [...m].map((c) => `\\${c}`).join('')).replace(MASKED_LINK, '\\['),
    ),
  );
}

/** Escapes a quote, heading, subtext or list marker at the start of a line so the line stays plain text. */
export function escapeLineStart(line: string): string {
  if (LINE_START_MARKER.test(line)) return `\\${line}`;
  return line.replace(NUMBERED_ITEM, '$1\\. ');
}

/**
 * Makes text safe for a field Discord shows literally (a footer): nothing is escaped, since a backslash
 * would show, but mentions are broken with a zero-width joiner all the same.
 */
export function plainDiscord(text: string): string {
  return text.replace(BROADCAST, `@${ZWJ}$1`).replace(MENTION_OPENER, `<${ZWJ}`);
}

function outsideUrls(text: string, escapePart: (part: string) => string): string {
  let out = '';
  let done = 0;
  for (const match of text.matchAll(URL_RUN)) {
    out += escapePart(text.slice(done, match.index)) + match[0];
    done = match.index + match[0].length;
  }
  return out + escapePart(text.slice(done));
}

/** Text cut to Discord's usual 100 characters (command and option descriptions, suggestions), with "…". */
export function clipTo100(text: string): string {
  return text.length <= 100 ? text : `${text.slice(0, 99)}…`;
}
