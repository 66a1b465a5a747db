/**
 * Text helpers for Slack: escaping (so article and user text cannot become markup or pings) and splitting
 * long text at line and word boundaries to fit Slack's per-field limits. Pure; no Slack SDK.
 */

import { packTextLines, splitLine, type TextLine, truncateAtWord } from '../shared/split-text.js';

const ZWJ = '\u200D';

/** `@channel`, `@here`, `@everyone` typed as plain text: Slack turns these into broadcast pings. */
const PLAIN_BROADCAST = /@(channel|here|everyone)\b/gi;

/**
 * Makes text safe for a Slack mrkdwn field: escapes `&`, `<`, `>` (so `<!channel>`, `<@U123>` and
 * `<url|label>` written in an article stay literal) and puts a zero-width joiner after the @ of plain-text
 * broadcast mentions so they don't ping.
 */
export function escapeSlack(text: string): string {
  return neutraliseBroadcasts(text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'));
}

/**
 * Makes text safe for a Slack plain_text field (a header), which shows entities literally, so nothing is
 * escaped: a zero-width joiner goes after `<` of would-be mention markup and after the @ of broadcasts.
 */
export function plainSlack(text: string): string {
  return neutraliseBroadcasts(text.replace(/<(?=[!@#])/g, `<${ZWJ}`));
}

function neutraliseBroadcasts(text: string): string {
  return text.replace(PLAIN_BROADCAST, `@${ZWJ}$1`);
}

/** A Slack link `<url|label>`; the label is escaped, the URL made safe for the angle-bracket syntax. */
export function slackLink(url: string, label?: string): string {
  const safeUrl = url
    .replaceAll('&', '&amp;')
    .replaceAll('<', '%3C')
    .replaceAll('>', '%3E')
    .replaceAll('|', '%7C')
    .replaceAll(' ', '%20');
  return label ? `<${safeUrl}|${escapeSlack(label)}>` : `<${safeUrl}>`;
}

/** Word gaps in Slack mrkdwn: runs of spaces, except inside a `<…>` link, which must stay whole. */
const SLACK_WORD_GAP = / +(?![^<>]*>)/;

/**
 * Splits one line (no newlines) into fragments of at most `limit` characters at spaces, never inside a
 * `<…>` link. Only a single word longer than the limit is cut, since it cannot fit any other way.
 */
export function splitWords(line: string, limit: number): string[] {
  return splitLine(line, limit, SLACK_WORD_GAP);
}

/** A line of mrkdwn: its (already escaped) body and how each fragment is dressed (bullet, bold, quote). */
export type SlackLine = TextLine;

/** Packs lines into texts of at most `limit` characters, splitting at line, then word, boundaries. */
export function packLines(lines: readonly SlackLine[], limit: number): string[] {
  return packTextLines(lines, limit, splitWords);
}

/** Text cut to at most `limit` characters at a word boundary, with "…" when anything was cut. */
export function truncateWords(text: string, limit: number): string {
  return truncateAtWord(text, limit, splitWords);
}

/**
 * What a person typed, from Slack's markup back to plain words before it is read as a question:
 * broadcasts (`<!here>`) are dropped, a mention becomes its label or "someone", a link its label or URL,
 * a channel "#name", and `&amp;` `&lt;` `&gt;` are unescaped.
 */
export function slackToPlain(text: string): string {
  return text
    .replace(/<!(channel|here|everyone)(\|[^>]*)?>/g, ' ')
    .replace(/<@[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, label?: string) => label || 'someone')
    .replace(/<#[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, name?: string) => `#${name || 'channel'}`)
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, name?: string) => name || 'a group')
    .replace(/<([^<>|]+)(?:\|([^<>]*))?>/g, (_m, url: string, label?: string) => label || url)
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
}
