/**
 * Front matter at the top of a Markdown file (`---` lines around `key: value` pairs), as static-site
 * generators write it. Only flat string values are read; lists and nesting are left alone.
 */
export interface FrontMatter {
  fields: Map<string, string>;
  /** The text after the front matter (all of it when there is none). */
  rest: string;
}

const PAIR = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/;
const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): FrontMatter {
  const match = BLOCK.exec(text);
  const fields = new Map<string, string>();
  const lines = (match?.[1] ?? '').split(/\r?\n/);
  // A `---` rule that opens a document is not front matter: front matter starts with a key.
  if (!match || !PAIR.test(lines.find((line) => line.trim()) ?? '')) return { fields, rest: text };
  for (const line of lines) {
    const pair = PAIR.exec(line);
    if (!pair?.[1] || !pair[2]) continue;
    const value = pair[2].replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value) fields.set(pair[1].toLowerCase(), value);
  }
  return { fields, rest: text.slice(match[0].length) };
}
