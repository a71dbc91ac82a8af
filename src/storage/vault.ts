// Why: the part of encryption at rest that is in the first load, kept tiny (docs/vaults.md):
// the settings key of the vault (open.ts checks it at start; then main.tsx shows the lock
// screen, which loads the vault code and puts its middleware under every table) and whether
// there is a vault. A device without a vault never loads the rest. Also the two things the
// repositories ask of the vaults without loading their code: which keys rows of a closed vault
// hold (never to be written over), and the open vault, whose device records are its own.
export const VAULT_KEY = 'vault';

/** `on`: this device has a vault (the header then shows the lock button); set by vault-core.ts. */
export const vault = {
  on: false,
  /** The open vault's id (null: none open, or no vault). */
  open: null as string | null,
  /**
   * Per table, which of these primary keys are held by rows the open vault does not see (another
   * vault's); call inside a transaction over those tables. Null when nothing can be held (no
   * vaults, or one open and alone): then nothing is awaited, which keeps Dexie's transaction zone.
   * Set by vault-core.ts.
   */
  heldElsewhere: (_keys: Readonly<Record<string, readonly unknown[]>>): PromiseLike<Readonly<Record<string, ReadonlySet<unknown>>>> | null => null,
};
