import { MemoryStore } from '../fakes/memory-store.js';
import { storeContract } from './store-contract.js';

storeContract({ name: 'MemoryStore (the fake)', open: async () => ({ store: new MemoryStore() }) });
