// Why: unit tests run in Node; fake-indexeddb gives Dexie an in-memory IndexedDB there.
import 'fake-indexeddb/auto';
// The app loads its stamping code with the first write (storage/stamping.ts); tests that write
// straight through Dexie (fixtures, harnesses) need it loaded before they start.
import { loadStamping } from '../../src/storage/stamping';
await loadStamping();
