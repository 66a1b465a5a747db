import {
  type Citation,
  type CitationBlock,
  checkedLine,
  NOTE_HEADING,
  type Reply,
  type ReplyBlock,
  storyLine,
  unknownBlock,
} from '../../core/reply.js';

export interface ConsoleRenderOptions {
  /** ANSI styling; only for a terminal, never for pipes or files. Default false. */
  color?: boolean;
}

const ANSI = { bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', reset: '\u001b[0m' } as const;

/**
 * Renders a Reply as plain text: title (and link), then each block — the answer, a citation as the quoted
 * sentence followed by "— <brief title>, sentence N" (N counts from 1) and its notes, an abstention with
 * the briefs it checked ("Checked: «title»"), stories, bullets as "• ", notices — then the footer. An
 * error's blocks are red on a terminal. Paragraphs are separated by blank lines; there is no trailing
 * newline. A terminal has no buttons, so feedback shows nothing.
 */
export function renderConsole(reply: Reply, options: ConsoleRenderOptions = {}): string {
  const style = (code: keyof typeof ANSI, text: string) =>
    options.color ? `${ANSI[code]}${text}${ANSI.reset}` : text;
  const paragraphs: string[] = [];
  const header = [reply.title ? style('bold', reply.title) : '', reply.url ? style('dim', reply.url) : ''];
  paragraphs.push(joinLines(header));
  for (const block of reply.blocks) {
    for (const paragraph of blockParagraphs(block)) {
      paragraphs.push(reply.kind === 'error' && paragraph ? style('red', paragraph) : paragraph);
    }
  }
  if (reply.footer) paragraphs.push(style('dim', reply.footer));
  return paragraphs.filter((p) => p.length > 0).join('\n\n');
}

function blockParagraphs(block: ReplyBlock): string[] {
  switch (block.type) {
    case 'answer':
      return [joinLines([block.text])];
    case 'citation':
      return [renderCitation(block), ...notes(block)];
    case 'abstention':
      return [joinLines([block.message]), checkedLine(block.checked)];
    case 'story':
      return [joinLines([block.title, storyLine(block), ...bulleted(block.bullets)])];
    case 'bullets':
      return [joinLines([block.heading ?? '', ...bulleted(block.items)])];
    case 'notice':
      return [joinLines([block.text])];
    case 'feedback':
      return [];
    default:
      return unknownBlock(block);
  }
}

export function renderCitation(citation: Citation): string {
  return `“${citation.text}”\n  — ${citation.briefTitle}, sentence ${citation.sentence + 1}`;
}

function notes(citation: CitationBlock): string[] {
  return citation.notes.map((note) => joinLines([NOTE_HEADING, note]));
}

function bulleted(items: readonly string[]): string[] {
  return items.filter((item) => item.trim()).map((item) => `• ${item}`);
}

function joinLines(lines: string[]): string {
  return lines.filter((line) => line.trim().length > 0).join('\n');
}
