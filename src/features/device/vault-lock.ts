// Why: locking is one act wherever it starts (the header's button, the idle timer): save what
// is waiting, write the drafts sealed, forget the key, and reload, which also drops every
// decrypted text the screens hold. The address stays, so unlocking returns to the same place.
// The idle timer: after the chosen idle time (default 15 minutes) without a touch, a key or
// typing, the vault locks; typing counts as use, so it never locks under someone's fingers.
import { lock } from '../../storage/vault-repo';

export async function lockNow(): Promise<void> {
  await lock();
  location.reload();
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
  let last = Date.now();
  const seen = () => {
    last = Date.now();
  };
  for (const kind of ['pointerdown', 'keydown', 'input', 'wheel', 'scroll']) addEventListener(kind, seen, { capture: true, passive: true });
  setInterval(() => {
    if (Date.now() - last >= idleMinutes() * 60_000) void lockNow();
  }, 1_000);
}
