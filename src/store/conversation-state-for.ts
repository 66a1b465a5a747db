import type { ConversationState } from '../core/conversation/conversation-state.js';
import { MemoryConversationState } from '../core/conversation/memory-conversation-state.js';
import { type Clock, systemClock } from '../core/digest/publisher.js';
import type { Store } from './open-store.js';

/** A store that keeps ConversationState in its database (SqliteStore, PostgresStore). */
export interface KeepsConversationState {
  conversationState(clock?: Clock): ConversationState;
}

/**
 * Where the adapters keep conversation state: in the store's database when it keeps it — shared by every
 * replica on that database — else (no store, a store that would not open, a test's fake) in this
 * process's memory, as before.
 */
export function conversationStateFor(store: Store | null, clock: Clock = systemClock): ConversationState {
  return store && keepsConversationState(store)
    ? store.conversationState(clock)
    : new MemoryConversationState({ clock });
}

function keepsConversationState(store: object): store is KeepsConversationState {
  return typeof (store as Partial<KeepsConversationState>).conversationState === 'function';
}
