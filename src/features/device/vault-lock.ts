// Why: locking is one act wherever it starts (the header's button, the idle timer): save what
// is waiting, write the drafts sealed, forget the key, and reload, which also drops every
// decrypted text the screens hold. The address stays, so unlocking returns to the same place.
// The idle timer: after the chosen idle time (default 15 minutes) without a touch, a key or
// typing, the vault locks; typing counts as use, so it never locks under someone's fingers.
// Every tab of the app locks together: a tab that locks (or wipes, or opens another vault) says
// so on a BroadcastChannel, and every other tab with a vault open locks too.
import { lock, openVault } from '../../storage/vault-repo';

const CHANNEL = 'deda-tafel:vault';
type Message = { readonly kind: 'lock' } | { readonly kind: 'open'; readonly vault: string };

let channel: BroadcastChannel | null = null;
function theChannel(): BroadcastChannel | null {
  if (!channel && typeof BroadcastChannel !== 'undefined') channel = new BroadcastChannel(CHANNEL);
  return channel;
}

/** Tells every other tab of the app to lock. */
export function tellOtherTabs(message: Message = { kind: 'lock' }): void {
  theChannel()?.postMessage(message);
}

/** Locks here without telling anyone (the message came from another tab). */
async function lockHere(): Promise<void> {
  await lock();
  location.reload();
}

export async function lockNow(): Promise<void> {
  tellOtherTabs();
  await lockHere();
}

/**
 * On the lock screen: another tab that locked may have wiped a vault or made one, so this
 * screen's list of vaults may be old; it is read again.
 */
export function listenWhileLocked(): void {
  const ch = theChannel();
  if (ch) ch.onmessage = (e: MessageEvent<Message>) => void (e.data?.kind === 'lock' && location.reload());
}

/** This tab opened a vault: another tab with another vault open locks (one vault at a time). */
export function announceOpen(): void {
  const open = openVault();
  if (open) tellOtherTabs({ kind: 'open', vault: open.id });
}

const IDLE = 'deda-tafel:vault-idle-minutes';
export const IDLE_CHOICES = [5, 15, 30, 60] as const;
export const DEFAULT_IDLE = 15;

export function idleMinutes(): number {
  try {
    const n = Number(globalThis.localStorage?.getItem(IDLE));
    return Number.isFinite(n) && n > 0 ? n : DEFAULT_IDLE;
  } catch {
    return DEFAULT_IDLE;
  }
}

export function chooseIdleMinutes(n: number): void {
  try {
    globalThis.localStorage?.setItem(IDLE, String(n));
  } catch {
    // not remembered: the default holds
  }
}

let started = false;

export function startIdleLock(): void {
  if (started) return;
  started = true;
  const ch = theChannel();
  if (ch) {
    ch.onmessage = (e: MessageEvent<Message>) => {
      if (e.data?.kind === 'lock' || (e.data?.kind === 'open' && e.data.vault !== openVault()?.id)) void lockHere();
    };
  }
  let last = Date.now();
  const seen = () => {
    last = Date.now();
  };
  for (const kind of ['pointerdown', 'keydown', 'input', 'wheel', 'scroll']) addEventListener(kind, seen, { capture: true, passive: true });
  setInterval(() => {
    if (Date.now() - last >= idleMinutes() * 60_000) void lockNow();
  }, 1_000);
}
