// Why: the part of encryption at rest that is in the first load, kept tiny (docs/vaults.md):
// the middleware's frame, which hands every table to the vault code once that is loaded, and
// the check at start whether this device has a vault (then the vault code is loaded and the
// app shows the lock screen first). A device without a vault never loads the rest.
import type { DBCore, DBCoreTable, Middleware } from 'dexie';

export const VAULT_KEY = 'vault';

type Core = typeof import('./vault-core');
let core: Pick<Core, 'table'> | null = null;

/** The vault code, once loaded, puts itself under every table (vault-core.ts). */
export function attachVault(impl: Pick<Core, 'table'>): void {
  core = impl;
}

export function loadVault(): Promise<Core> {
  return import('./vault-core');
}

/** Under the stamping middleware (level 10): stamping compares and stamps plain records. */
export const vaultMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'deda-vault',
  level: 5,
  create: (down) => ({
    ...down,
    table(name) {
      const t = down.table(name);
      const via =
        <K extends 'get' | 'getMany' | 'query' | 'openCursor' | 'mutate'>(k: K) =>
        (req: Parameters<DBCoreTable[K]>[0]) =>
          ((core ? core.table(t, name) : t)[k] as (r: typeof req) => ReturnType<DBCoreTable[K]>)(req);
      return { ...t, get: via('get'), getMany: via('getMany'), query: via('query'), openCursor: via('openCursor'), mutate: via('mutate') };
    },
  }),
};
