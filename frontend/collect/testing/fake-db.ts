import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CollectorDb } from '../data/db.js';

/**
 * Test support: a collector database on fake-indexeddb. Pass the same `factory` to open the same database
 * twice (two tabs).
 */
export function fakeDb(factory: IDBFactory = new IDBFactory(), name = 'oneform-collector'): CollectorDb {
  return new CollectorDb(name, { indexedDB: factory, IDBKeyRange });
}

export { IDBFactory };
