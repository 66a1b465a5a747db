import { type Citation, checkedLine, type Reply, type ReplySection } from '../../core/reply.js';

export interface ConsoleRenderOptions {
  /** ANSI styling; only for a terminal, never for pipes or files. Default false. */
  color?: boolean;
}

const ANSI = { bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', reset: '\u001b[0m' } as const;

/**
 * Renders a Reply as plain text: title (and link), sections, bullets as "• ", the briefs an abstention
 * checked ("Checked: «title»"), each citation as the quoted sentence followed by "— <brief title>,
 * sentence N" (N counts from 1), then the footer. Blocks are separated by blank lines; there is no
 * trailing newline.
 */
export function renderConsole(reply: Reply, options: ConsoleRenderOptions = {}): string {
  const style = (code: keyof typeof ANSI, text: string) =>
    options.color ? `${ANSI[code]}${text}${ANSI.reset}` : text;
  const blocks: string[] = [];
  const header = [reply.title ? style('bold', reply.title) : '', reply.url ? style('dim', reply.url) : ''];
  blocks.push(joinLines(header));
  for (const section of reply.sections) {
    const block = renderSection(section);
    blocks.push(reply.kind === 'error' && block ? style('red', block) : block);
  }
  if (reply.checked) blocks.push(checkedLine(reply.checked));
  for (const citation of reply.citations) blocks.push(renderCitation(citation));
  if (reply.footer) blocks.push(style('dim', reply.footer));
  return blocks.filter((b) => b.length > 0).join('\n\n');
}

function renderSection(section: ReplySection): string {
  return joinLines([
    section.heading ?? '',
    section.text ?? '',
    ...(section.bullets ?? []).filter((b) => b.trim()).map((b) => `• ${b}`),
  ]);
}

export function renderCitation(citation: Citation): string {
  return `“${citation.text}”\n  — ${citation.briefTitle}, sentence ${citation.sentence + 1}`;
}

function joinLines(lines: string[]): string {
  return lines.filter((line) => line.trim().length > 0).join('\n');
}
