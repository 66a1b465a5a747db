import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/article-input.js';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, measureHtml } from '../../src/ingest/inputs/html-shape.js';
import { readHtml } from '../../src/ingest/inputs/read-html.js';

const article = `<p>${'The harbour bridge reopened on Thursday after six months of repairs. '.repeat(10)}</p>`;
const page = (body: string) =>
  `<!doctype html><html><head><title>Bridge</title></head><body>${body}</body></html>`;

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('HTML too large or too deep to be an article', () => {
  it('is refused before any parser builds it, naming the page and what is wrong', () => {
    const nested = page(`${'<div>'.repeat(5_000)}${article}${'</div>'.repeat(5_000)}`);
    expect(() => readHtml('deep.html', nested)).toThrow(IngestError);
    expect(() => readHtml('deep.html', nested)).toThrow(/deep\.html.*nests over 400 elements deep/);
    const wide = page(`${'<span>x</span>'.repeat(MAX_HTML_ELEMENTS + 1)}${article}`);
    expect(() => readHtml('wide.html', wide)).toThrow(/wide\.html.*over 50,000 HTML elements/);
  });

  it('counts elements and nesting as a browser would, not text that looks like tags', () => {
    const html = page(
      `<!-- <div><div> --><script>if (a<b && c>d) { x = "<div><div>"; }</script><div><p>One<br>two<img src=x></p><hr/></div>`,
    );
    // html, head, title, body, script, div, p, br, img, hr
    expect(measureHtml(html)).toEqual({ elements: 10, deepest: 4 });
    expect(measureHtml('<div>'.repeat(MAX_HTML_DEPTH)).deepest).toBe(MAX_HTML_DEPTH);
  });

  it('reads hostile text in time that grows about linearly with its length', () => {
    for (const unit of ['<', '<a', '<!--', '<script>', 'a < b > ']) {
      const small = Math.max(
        cpuMs(() => measureHtml(unit.repeat(20_000))),
        0.5,
      );
      const large = cpuMs(() => measureHtml(unit.repeat(320_000)));
      // 16× the text: linear is ~16×, quadratic ~256×.
      expect(large / small, unit).toBeLessThan(64);
    }
  });
});
