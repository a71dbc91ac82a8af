// Why: the part of encryption at rest that is in the first load, kept tiny (docs/vaults.md):
// the settings key of the vault (open.ts checks it at start; then main.tsx shows the lock
// screen, which loads the vault code and puts its middleware under every table) and whether
// there is a vault. A device without a vault never loads the rest. Also the two things the
// repositories ask of the vaults without loading their code: which keys rows of a closed vault
// hold (never to be written over), and the open vault, whose device records are its own.
export const VAULT_KEY = 'vault';

/** The settings row that says a whole-device erase is under way (device-erase.ts): a start finishes it. */
export const ERASING_KEY = 'device-erasing';

/** `on`: this device has a vault (the header then shows the lock button); set by vault-core.ts. */
export const vault = {
  on: false,
  /** The open vault's id (null: none open, or no vault). */
  open: null as string | null,
  /** The open vault's name ('' when it has none or none is open): the home says whose workshops it shows. */
  openName: '',
  /**
   * Per table, which of these primary keys are held by rows the open vault does not see (another
   * vault's); call inside a transaction over those tables. Null when nothing can be held (no
   * vaults, or one open and alone): then nothing is awaited, which keeps Dexie's transaction zone.
   * Set by vault-core.ts.
   */
  heldElsewhere: (_keys: Readonly<Record<string, readonly unknown[]>>): PromiseLike<Readonly<Record<string, ReadonlySet<unknown>>>> | null => null,
};

/** What separates a device record's key from the vault it belongs to. */
export const VAULT_SCOPE = '@';

/**
 * The key of a device record that holds an organisation's content or people (the signer's name,
 * trusted signers, examples, many-hands sessions): with a vault open it is that vault's own
 * (`<key>@<vault id>`), so that another organisation's record under the same name is never
 * read nor written over; without a vault, the key as it is. docs/vaults.md, "sealed settings".
 */
export function ownSetting(key: string): string {
  return vault.open ? `${key}${VAULT_SCOPE}${vault.open}` : key;
}
