import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BriefProblem,
  describeProblem,
  loadBriefs,
  parseBriefFile,
} from '../../src/briefs/load-briefs.js';
import { EXPO_ID, FIXTURE_DIR, makeBrokenBriefsDir } from '../fixtures/fixture-briefs.js';

describe('loadBriefs', () => {
  it('loads every valid brief of a folder', async () => {
    const { briefs, problems } = await loadBriefs(FIXTURE_DIR);
    expect(problems).toEqual([]);
    expect(briefs.map((b) => b.id).sort()).toEqual([
      '2021-03-10-garden-show',
      '2022-08-22-test-expo',
      '2023-01-05-harbour-bridge',
    ]);
  });

  describe('with malformed files', () => {
    let loaded: Awaited<ReturnType<typeof loadBriefs>>;
    const problemsOf = (file: string): BriefProblem[] =>
      loaded.problems.filter((p) => basename(p.file) === file);

    beforeAll(async () => {
      loaded = await loadBriefs(await makeBrokenBriefsDir());
    });

    it('still loads the valid brief, once', () => {
      expect(loaded.briefs.map((b) => b.id)).toEqual([EXPO_ID]);
    });

    it('reports bad JSON against the whole file', () => {
      expect(problemsOf('bad-json.json')).toEqual([
        {
          file: expect.stringContaining('bad-json.json'),
          field: '',
          message: expect.stringMatching(/^not valid JSON/),
        },
      ]);
    });

    it('reports a field of the wrong type by its path', () => {
      expect(problemsOf('wrong-type.json').map((p) => p.field)).toEqual(['title']);
    });

    it('reports a sentence reference out of range by its path', () => {
      const [problem] = problemsOf('out-of-range.json');
      expect(problem?.field).toBe('facts.0.sentence');
      expect(problem?.message).toMatch(/sentence 9 does not exist/);
    });

    it('reports a duplicate id, naming the file that has it first', () => {
      const [problem] = problemsOf('zz-duplicate.json');
      expect(problem?.field).toBe('id');
      expect(problem?.message).toContain(`${EXPO_ID}.json`);
    });

    it('describes a problem with file and field', () => {
      const text = loaded.problems.map(describeProblem).join('\n');
      expect(text).toMatch(/wrong-type\.json at title: /);
      expect(text).toMatch(/out-of-range\.json at facts\.0\.sentence: /);
      expect(text).toMatch(/bad-json\.json: not valid JSON/);
    });
  });
});

describe('parseBriefFile', () => {
  it('never throws, whatever the text', () => {
    for (const text of ['', 'null', '[]', '{"id": 1}', '"a string"']) {
      const result = parseBriefFile('x.json', text);
      expect('problems' in result && result.problems.length > 0).toBe(true);
    }
  });
});
