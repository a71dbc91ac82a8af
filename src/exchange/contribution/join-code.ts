// Why: the join code is everything a participant's phone gets from the tablet, and all it ever
// gets: which workshop and session, the questions offered (their text, in the workshop's
// language), the note kinds, the names to choose from, and the session key its notes are
// authenticated with. The phone cannot read anything else of the workshop. Format:
// docs/contribution-format.md ("deda-tafel/join", formatVersion 1).
import { isIsoDateTime } from '../../domain/time';
import { isLang, type Lang } from '../../domain/lang';
import { NOTE_KINDS, type NoteKind } from '../../domain/note';
import { base64url, utf8Decode, utf8Encode } from '../base64';
import { deflate, inflate, TooLargeError } from './deflate';
import { toParts } from './parts';

export const JOIN_FORMAT = 'deda-tafel/join';
export const JOIN_VERSION = 1;
/** A join code is one QR code, readable from a metre away: this many compressed bytes at most. */
export const JOIN_MAX_BYTES = 900;
/** How long a join code admits new phones. */
export const SESSION_HOURS = 12;
const INFLATED_LIMIT = 64 * 1024;

export interface OfferedQuestion {
  readonly id: string;
  readonly text: string;
}

export interface PersonToChoose {
  readonly id: string;
  readonly name: string;
}

export interface JoinCode {
  readonly format: typeof JOIN_FORMAT;
  readonly formatVersion: typeof JOIN_VERSION;
  readonly workshopId: string;
  readonly title: string;
  readonly lang: Lang;
  /** A fresh random id per session: a contribution names it, so it fits this session only. */
  readonly session: string;
  /** 256 random bits, base64url: the HMAC-SHA-256 key of the contributions. */
  readonly key: string;
  readonly expiresAt: string;
  readonly questions: readonly OfferedQuestion[];
  readonly kinds: readonly NoteKind[];
  readonly people: readonly PersonToChoose[];
}

export type JoinRefusal = 'malformed' | 'too-new' | 'too-large' | 'expired';

function randomText(bytes: number): string {
  return base64url.encode(crypto.getRandomValues(new Uint8Array(bytes)));
}

export function newJoinCode(p: { workshopId: string; title: string; lang: Lang; questions: readonly OfferedQuestion[]; people: readonly PersonToChoose[]; now: Date }): JoinCode {
  return {
    format: JOIN_FORMAT,
    formatVersion: JOIN_VERSION,
    workshopId: p.workshopId,
    title: p.title,
    lang: p.lang,
    session: randomText(12),
    key: randomText(32),
    expiresAt: new Date(p.now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
    questions: p.questions.map((q) => ({ id: q.id, text: q.text })),
    kinds: [...NOTE_KINDS],
    people: p.people.map((x) => ({ id: x.id, name: x.name })),
  };
}

export async function joinCodeParts(code: JoinCode): Promise<string[]> {
  return toParts('J', await deflate(utf8Encode(JSON.stringify(code))), JOIN_MAX_BYTES);
}

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a parsed join code; what is not exactly as written here is refused. */
export function checkJoinCode(v: unknown, now: Date): { ok: true; code: JoinCode } | { ok: false; reason: JoinRefusal } {
  if (!isRecord(v) || v.format !== JOIN_FORMAT) return { ok: false, reason: 'malformed' };
  if (typeof v.formatVersion !== 'number') return { ok: false, reason: 'malformed' };
  if (v.formatVersion > JOIN_VERSION) return { ok: false, reason: 'too-new' };
  const { workshopId, title, lang, session, key, expiresAt, questions, kinds, people } = v;
  const shapeOk =
    v.formatVersion === JOIN_VERSION &&
    str(workshopId, 64) &&
    typeof title === 'string' &&
    title.length <= 300 &&
    isLang(lang) &&
    str(session, 64) &&
    str(key, 64) &&
    str(expiresAt, 40) &&
    isIsoDateTime(expiresAt) &&
    Array.isArray(questions) &&
    questions.length > 0 &&
    questions.length <= 60 &&
    questions.every((q) => isRecord(q) && str(q.id, 100) && str(q.text, 2000)) &&
    Array.isArray(kinds) &&
    kinds.length > 0 &&
    kinds.every((k) => (NOTE_KINDS as readonly unknown[]).includes(k)) &&
    Array.isArray(people) &&
    people.length <= 100 &&
    people.every((x) => isRecord(x) && str(x.id, 64) && str(x.name, 200));
  if (!shapeOk) return { ok: false, reason: 'malformed' };
  let keyBytes: Uint8Array;
  try {
    keyBytes = base64url.decode(key);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (keyBytes.length !== 32) return { ok: false, reason: 'malformed' };
  if (Date.parse(expiresAt) < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, code: v as unknown as JoinCode };
}

/** The join code carried by the (reassembled) bytes of a 'J' QR message. */
export async function joinCodeFromBytes(bytes: Uint8Array<ArrayBuffer>, now: Date): Promise<{ ok: true; code: JoinCode } | { ok: false; reason: JoinRefusal }> {
  let text: string;
  try {
    text = utf8Decode(await inflate(bytes, INFLATED_LIMIT));
  } catch (e) {
    return { ok: false, reason: e instanceof TooLargeError ? 'too-large' : 'malformed' };
  }
  return joinCodeFromText(text, now);
}

export function joinCodeFromText(text: string, now: Date): { ok: true; code: JoinCode } | { ok: false; reason: JoinRefusal } {
  if (text.length > INFLATED_LIMIT) return { ok: false, reason: 'too-large' };
  try {
    return checkJoinCode(JSON.parse(text), now);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
