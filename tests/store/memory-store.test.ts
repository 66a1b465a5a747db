import { MemoryStore } from '../fakes/memory-store.js';
import { feedbackContract } from './feedback-contract.js';
import { type ContractSubject, storeContract } from './store-contract.js';

const subject: ContractSubject = {
  name: 'MemoryStore (the fake)',
  open: async () => ({ store: new MemoryStore() }),
};
storeContract(subject);
feedbackContract(subject);
