import type { DraftRepository } from './draft-record.js';
import { IndexedDbDraftRepository } from './indexeddb-repository.js';
import { MemoryDraftRepository } from './memory-repository.js';

let sharedIdb: IndexedDbDraftRepository | undefined;
const memoryRepository = new MemoryDraftRepository();

/** The page's one built-in repository for `storage`: every provider of the page shares it (opened on first use). */
export function builtInRepository(storage: 'indexeddb' | 'memory'): DraftRepository {
  return storage === 'memory' ? memoryRepository : (sharedIdb ??= new IndexedDbDraftRepository());
}
