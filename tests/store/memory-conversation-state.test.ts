import { describe, expect, it } from 'vitest';
import { MemoryConversationState } from '../../src/core/conversation/memory-conversation-state.js';
import { conversationStateFor } from '../../src/store/conversation-state-for.js';
import { MemoryStore } from '../fakes/memory-store.js';
import { conversationStateContract, TestClock } from './conversation-state-contract.js';

conversationStateContract({
  name: 'MemoryConversationState',
  async create(clock) {
    // One process's memory is its one database: every open gives the same instance.
    const state = new MemoryConversationState({ clock });
    return { open: async () => state, dispose: async () => {} };
  },
});

describe('MemoryConversationState', () => {
  it('keeps at most maxEntries of each kind, forgetting the least recently used first', async () => {
    const state = new MemoryConversationState({
      clock: new TestClock(),
      maxEntries: { conversations: 2, events: 2, questions: 2 },
    });
    await state.rememberBrief('c1', 'b1');
    await state.rememberBrief('c2', 'b2');
    expect(await state.briefOf('c1')).toBe('b1');
    await state.rememberBrief('c3', 'b3');
    expect(await state.briefOf('c2')).toBeNull();
    expect(await state.briefOf('c1')).toBe('b1');
    expect(await state.briefOf('c3')).toBe('b3');

    for (const key of ['e1', 'e2', 'e3']) expect(await state.firstSight(key, 60_000)).toBe(true);
    // Past the bound an old event id counts as new again: the price of a bounded memory.
    expect(await state.firstSight('e1', 60_000)).toBe(true);
    expect(await state.firstSight('e3', 60_000)).toBe(false);

    for (const token of ['t1', 't2', 't3']) await state.rememberQuestion(token, `${token}?`);
    expect(await state.questionOf('t1')).toBeNull();
    expect(await state.questionOf('t3')).toBe('t3?');
  });

  it('rejects a bound that is not a positive integer', () => {
    expect(() => new MemoryConversationState({ maxEntries: { events: 0 } })).toThrow(/maxEntries/);
  });
});

describe('conversationStateFor', () => {
  it("keeps the state in this process's memory without a store, or with one that keeps none", () => {
    expect(conversationStateFor(null)).toBeInstanceOf(MemoryConversationState);
    expect(conversationStateFor(new MemoryStore())).toBeInstanceOf(MemoryConversationState);
  });
});
