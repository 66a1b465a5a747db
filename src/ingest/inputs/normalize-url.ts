/** An absolute http(s) URL (resolved against base when relative), or undefined. */
export function toHttpUrl(value: string | null | undefined, base?: string): string | undefined {
  const href = value?.trim();
  if (!href) return undefined;
  const root = base && URL.canParse(base) ? base : undefined;
  if (!URL.canParse(href, root)) return undefined;
  const url = new URL(href, root);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
