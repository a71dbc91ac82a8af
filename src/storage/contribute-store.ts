// Why: on a participant's phone, the notes are all there is, and they must survive a locked
// screen, a reload or a closed tab until they are handed over. They are written synchronously
// to localStorage on every change (no database, no schema: the phone holds nothing else of the
// workshop), and read back when the "Meeschrijven" screen opens.
import type { ContributedNote, Writer } from '../exchange/contribution/contribution';
import { checkJoinCode, type JoinCode } from '../exchange/contribution/join-code';

const KEY = 'deda-tafel:meeschrijven';

export interface PhoneState {
  readonly join: JoinCode;
  readonly writers: readonly Writer[];
  /** Who is writing now: an index into writers, or null until they chose. */
  readonly current: number | null;
  readonly notes: readonly ContributedNote[];
}

export function readPhoneState(): PhoneState | null {
  try {
    const text = globalThis.localStorage?.getItem(KEY);
    if (!text) return null;
    const v = JSON.parse(text) as PhoneState;
    // The join code is checked as when it was scanned (an expired one still holds its notes).
    const ok = checkJoinCode(v.join, new Date(0));
    if (!ok.ok || !Array.isArray(v.writers) || !Array.isArray(v.notes)) return null;
    return v;
  } catch {
    return null;
  }
}

/** Keeps the state; false when the browser refused (full or blocked storage). */
export function keepPhoneState(state: PhoneState | null): boolean {
  try {
    if (state) globalThis.localStorage?.setItem(KEY, JSON.stringify(state));
    else globalThis.localStorage?.removeItem(KEY);
    return true;
  } catch {
    return false;
  }
}
