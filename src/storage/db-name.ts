// Why: what the first screen must know about the database before Dexie is loaded (its name and
// the schema version it is at), apart from db.ts and schema.ts so that knowing it does not
// bring them (and all of Dexie) into the first load. tests/unit/storage/first-read.test.ts
// fails when LATEST_SCHEMA is not the last version in schema.ts.
export const DB_NAME = 'deda-tafel';

/** The last version in schema.ts (a new schema version changes this number too). */
export const LATEST_SCHEMA = 6;

/** The version IndexedDB reports for a Dexie schema version (Dexie stores it times ten). */
export const nativeVersion = (schemaVersion: number): number => Math.round(schemaVersion * 10);
