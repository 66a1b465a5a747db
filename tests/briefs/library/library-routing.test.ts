import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../src/briefs/library/library-store.js';
import { analyzeQuestion } from '../../../src/core/answer/analyze-question.js';
import { answerQuestion } from '../../../src/core/answer/answer-question.js';
import { routeQuestion } from '../../../src/core/answer/route-question.js';
import { routingLibrary, routingQuestions } from '../../helpers/routing-library.js';

let root: string | undefined;
let store: LibraryStore | undefined;
afterEach(() => {
  store?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a question routed over the library on disk', () => {
  it.each([
    ['one query a check', undefined],
    ['common words checked in bitsets', 5],
  ])('reaches the brief it reaches over the same briefs in memory, pruned or not (%s)', (_, denseFrom) => {
    root = mkdtempSync(join(tmpdir(), 'newsbrief-routing-'));
    // In file-name order, as a folder is loaded: ties between equally dated briefs go to the first.
    const briefs = routingLibrary(60).sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const brief of briefs) writeFileSync(join(root, `${brief.id}.json`), JSON.stringify(brief));
    const dbFile = join(root, 'index', 'library.sqlite');
    store = LibraryStore.open({ dir: root, dbFile, keepDays: 0, ...(denseFrom ? { denseFrom } : {}) });
    store.sync();
    const disk = store.library();
    for (const question of routingQuestions(100)) {
      const analysis = analyzeQuestion(question);
      const inMemory = routeQuestion(analysis, briefs, { commonAbove: Number.POSITIVE_INFINITY })?.id;
      for (const commonAbove of [0, 5, Number.POSITIVE_INFINITY])
        expect(routeQuestion(analysis, disk, { commonAbove })?.id, question).toBe(inMemory);
      expect(answerQuestion(question, disk)).toEqual(answerQuestion(question, briefs));
    }
  });
});
