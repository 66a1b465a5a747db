import { describe, expect, it } from 'vitest';
import { ingestSet } from '../../scripts/eval/ingest-set.js';

const text = (topic: string) =>
  `The council approved the ${topic} plan on Monday. It will cost 3 million dollars.\n\nWork starts in May.`;

describe('ingesting a set as the bot would', () => {
  it('builds, writes, loads back and maps each input to its loaded brief', async () => {
    const ingested = await ingestSet([
      { origin: 'set#one', id: 'one', title: 'One', published: '2024-05-01', text: text('park') },
      { origin: 'set#two', id: 'two', title: 'Two', published: '2024-05-01', text: text('road') },
      { origin: 'set#again', id: 'one', title: 'One again', published: '2024-05-01', text: text('bridge') },
      { origin: 'set#empty', id: 'empty', text: '   ' },
    ]);
    expect(ingested.briefs.map((b) => b.id).sort()).toEqual(['one', 'two']);
    expect(ingested.byInput.get('two')).toBe(ingested.briefs.find((b) => b.id === 'two'));
    expect(ingested.byInput.get('one')?.title).toBe('One');
    expect(ingested.problems).toHaveLength(2);
    expect(ingested.problems.join('\n')).toMatch(/set#again .*already taken/);
    expect(ingested.problems.join('\n')).toMatch(/set#empty/);
  });
});
