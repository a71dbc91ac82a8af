// Why: unit tests run in Node; fake-indexeddb gives Dexie an in-memory IndexedDB there.
import 'fake-indexeddb/auto';
