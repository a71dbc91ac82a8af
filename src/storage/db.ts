// Why: the one Dexie database of the app and its life cycle: opening it, noticing when
// another tab has upgraded it (this tab must then reload instead of blocking that upgrade),
// and turning IndexedDB's failures into problems the interface can explain.
// Only code in src/storage may import this module.
import Dexie, { type Table } from 'dexie';
import type { ActionPoint } from '../domain/action-point';
import type { Attachment } from '../domain/attachment';
import type { Note } from '../domain/note';
import type { Participant } from '../domain/participant';
import type { QuestionState } from '../domain/question-state';
import type { Workshop } from '../domain/workshop';
import type { ContentPack } from '../content/pack-types';
import type { RecoveryRow, SettingRow } from './rows';
import { loadStamping, stampingMiddleware, type TombstoneRow } from './stamping';
import { SCHEMA, type SchemaVersion } from './schema';
import { emitStorageEvent } from './storage-events';
import { frozenPageMiddleware, watchFreezes } from './frozen-page';
import { DB_NAME } from './db-name';

export { DB_NAME };

export class DedaDatabase extends Dexie {
  workshops!: Table<Workshop, string>;
  participants!: Table<Participant, string>;
  notes!: Table<Note, string>;
  questionStates!: Table<QuestionState, [string, string]>;
  actionPoints!: Table<ActionPoint, string>;
  attachments!: Table<Attachment, string>;
  packs!: Table<ContentPack, [string, string]>;
  recovery!: Table<RecoveryRow, string>;
  settings!: Table<SettingRow, string>;
  tombstones!: Table<TombstoneRow, string>;

  constructor(name: string = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA, options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
    super(name, options);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    // Every local change bumps its unit's version vector; every delete leaves a tombstone.
    this.use(stampingMiddleware);
    // A page frozen in WebKit's back/forward cache must not keep its transactions (frozen-page.ts).
    this.use(frozenPageMiddleware);
    // Below it, on a device with a vault: vault-core.ts (installed by vault-repo.ts, docs/vaults.md).
    this.on('versionchange', () => {
      // Another tab opened a newer schema. Step aside so its upgrade is not blocked, and tell
      // the user to reload: this tab's code no longer matches the data.
      this.close();
      emitStorageEvent({ kind: 'stale-tab' });
      return false;
    });
    this.on('blocked', () => emitStorageEvent({ kind: 'blocked' }));
  }
}

let current: DedaDatabase | null = null;

/** The app's database, opened on first use. */
export function db(): DedaDatabase {
  if (!current) {
    current = new DedaDatabase();
    // Fetched now, right after the first load, so it is here (and precached) before the first
    // write, which waits for it: also when the network goes before the person writes anything.
    void loadStamping();
    watchFreezes();
  }
  return current;
}

/** For tests: use another database (fake-indexeddb, a fixture at an older version, ...). */
export function useDatabase(database: DedaDatabase | null): void {
  current = database;
}
