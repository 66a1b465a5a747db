import type { HtmlDocument } from './dom.js';

/** Every object in a page's JSON-LD blocks (arrays and @graph flattened); a broken block is skipped. */
export function jsonLdObjects(document: HtmlDocument): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      objects.push(object);
      if (object['@graph']) visit(object['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Pages ship broken JSON-LD often enough; the other sources of metadata remain.
    }
  }
  return objects;
}

/** The first string value of `key` among the objects. */
export function firstJsonLdString(objects: Record<string, unknown>[], key: string): string | undefined {
  for (const object of objects) {
    const value = object[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}
