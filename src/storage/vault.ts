// Why: the part of encryption at rest that is in the first load, kept tiny (docs/vaults.md):
// the settings key of the vault (open.ts checks it at start; then main.tsx shows the lock
// screen, which loads the vault code and puts its middleware under every table) and whether
// there is a vault. A device without a vault never loads the rest.
export const VAULT_KEY = 'vault';

/** `on`: this device has a vault (the header then shows the lock button); set by vault-core.ts. */
export const vault = { on: false };
