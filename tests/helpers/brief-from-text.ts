import { type Brief, BriefSchema } from '../../src/core/brief.schema.js';

/**
 * A brief with text only — no entities, facts or quotes — for testing that the engine works from any
 * valid brief, not just a curated one. Naive sentence splitting is enough for the hand-written texts here.
 */
export function briefFromText(id: string, title: string, body: string, extra: Partial<Brief> = {}): Brief {
  const paragraphs: { start: number; end: number }[] = [];
  const sentences: { paragraph: number; start: number; end: number; text: string }[] = [];
  let offset = 0;
  for (const [p, paragraph] of body.split('\n\n').entries()) {
    const start = body.indexOf(paragraph, offset);
    paragraphs.push({ start, end: start + paragraph.length });
    for (const match of paragraph.matchAll(/[^.!?]+[.!?]+["”]?/g)) {
      const text = match[0].trim();
      const at = body.indexOf(text, start + match.index);
      sentences.push({ paragraph: p, start: at, end: at + text.length, text });
    }
    offset = start + paragraph.length;
  }
  return BriefSchema.parse({
    id,
    title,
    published: '2024-05-01',
    text: { body, paragraphs, sentences },
    ...extra,
  });
}
