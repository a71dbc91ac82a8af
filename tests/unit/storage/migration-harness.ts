// Why: the harness every schema upgrade is tested with: make a database exactly as an older
// version of the app left it, fill it with frozen fixture rows, close it, then open it with
// the current code and look at what the upgrade made of it.
import Dexie from 'dexie';
import { DedaDatabase } from '../../../src/storage/db';
import type { SchemaVersion } from '../../../src/storage/schema';

let counter = 0;
export function freshName(label: string): string {
  counter += 1;
  return `test-${label}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** Creates database `name` at `version` using only the schema entries up to it, filled with `rows`. */
export async function createAt(name: string, versions: readonly SchemaVersion[], version: number, rows: Readonly<Record<string, readonly unknown[]>>): Promise<void> {
  const old = new Dexie(name);
  for (const v of versions.filter((x) => x.version <= version)) {
    const declared = old.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  await old.open();
  await old.transaction('rw', Object.keys(rows), async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd([...list]);
  });
  old.close();
}

/** Opens `name` with the app's database class and the given schema list (the current code). */
export async function openWith(name: string, versions: readonly SchemaVersion[]): Promise<DedaDatabase> {
  const d = new DedaDatabase(name, versions);
  await d.open();
  return d;
}
