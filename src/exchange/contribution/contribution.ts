// Why: what a phone hands to the tablet: the notes written on it, who wrote each, and an
// HMAC-SHA-256 under the session key the join code carried. The tablet knows that key, so it can
// tell a contribution to this session from one to another workshop or session, and a changed one
// from an intact one; nobody without the join code can make one. Note ids are fresh random
// texts made on the phone, so taking the same contribution twice adds nothing the second time.
// Format: docs/contribution-format.md ("deda-tafel/contribution", formatVersion 1).
import { isIsoDateTime } from '../../domain/time';
import { NOTE_KINDS, type NoteKind } from '../../domain/note';
import { base64url, utf8Decode, utf8Encode } from '../base64';
import { canonicalBytes } from '../canonical-json';
import { sha256 } from '../digest';
import { deflate, inflate, TooLargeError } from './deflate';
import { toParts } from './parts';
import type { JoinCode } from './join-code';

export const CONTRIBUTION_FORMAT = 'deda-tafel/contribution';
export const CONTRIBUTION_VERSION = 1;
/** The largest piece of a contribution one QR code carries (compressed bytes; see the bench). */
export const CONTRIBUTION_PART_BYTES = 560;
export const MAX_NOTES = 300;
export const MAX_TEXT = 2000;
/** Inflated, a contribution is at most this large: a small code cannot unpack into a huge one. */
export const MAX_CONTRIBUTION_BYTES = 512 * 1024;

export interface Writer {
  /** The participant the writer chose on the phone; absent when they typed their name. */
  readonly participantId?: string;
  readonly name: string;
}

export interface ContributedNote {
  readonly id: string;
  readonly questionId: string;
  readonly kind: NoteKind;
  readonly text: string;
  readonly createdAt: string;
  /** Index into the contribution's writers. */
  readonly writer: number;
}

export interface UnsignedContribution {
  readonly format: typeof CONTRIBUTION_FORMAT;
  readonly formatVersion: typeof CONTRIBUTION_VERSION;
  readonly workshopId: string;
  readonly session: string;
  readonly writers: readonly Writer[];
  readonly notes: readonly ContributedNote[];
}

export interface Contribution extends UnsignedContribution {
  /** HMAC-SHA-256 of the RFC 8785 canonical JSON of every other member, base64url. */
  readonly mac: string;
}

export type ContributionRefusal = 'malformed' | 'too-new' | 'too-large' | 'other-workshop' | 'other-session' | 'tampered';

export type Checked = { readonly ok: true; readonly contribution: Contribution } | { readonly ok: false; readonly reason: ContributionRefusal };

/** The session a tablet holds: what it needs to check a contribution. */
export type SessionSecret = Pick<JoinCode, 'workshopId' | 'session' | 'key' | 'questions'>;

function hmacKey(key: string, use: KeyUsage): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', base64url.decode(key) as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, [use]);
}

export async function signContribution(c: UnsignedContribution, key: string): Promise<Contribution> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(key, 'sign'), canonicalBytes(c)));
  return { ...c, mac: base64url.encode(mac) };
}

/** The text of the file form: the same JSON as in the codes, readable. */
export function contributionFile(c: Contribution): string {
  return `${JSON.stringify(c, null, 1)}\n`;
}

export async function contributionParts(c: Contribution): Promise<string[]> {
  return toParts('C', await deflate(utf8Encode(JSON.stringify(c))), CONTRIBUTION_PART_BYTES);
}

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function shapeOf(v: unknown): { ok: true; c: Contribution } | { ok: false; reason: ContributionRefusal } {
  if (!isRecord(v) || v.format !== CONTRIBUTION_FORMAT || typeof v.formatVersion !== 'number') return { ok: false, reason: 'malformed' };
  if (v.formatVersion > CONTRIBUTION_VERSION) return { ok: false, reason: 'too-new' };
  const { workshopId, session, writers, notes, mac } = v;
  if (Array.isArray(notes) && notes.length > MAX_NOTES) return { ok: false, reason: 'too-large' };
  const ok =
    v.formatVersion === CONTRIBUTION_VERSION &&
    Object.keys(v).length === 7 &&
    str(workshopId, 64) &&
    str(session, 64) &&
    str(mac, 64) &&
    Array.isArray(writers) &&
    writers.length > 0 &&
    writers.length <= 50 &&
    writers.every((w) => isRecord(w) && str(w.name, 200) && (w.participantId === undefined || str(w.participantId, 64))) &&
    Array.isArray(notes) &&
    notes.every(
      (n) =>
        isRecord(n) &&
        str(n.id, 40) &&
        str(n.questionId, 100) &&
        (NOTE_KINDS as readonly unknown[]).includes(n.kind) &&
        str(n.text, MAX_TEXT) &&
        str(n.createdAt, 40) &&
        isIsoDateTime(n.createdAt) &&
        Number.isInteger(n.writer) &&
        (n.writer as number) >= 0 &&
        (n.writer as number) < writers.length,
    );
  return ok ? { ok: true, c: v as unknown as Contribution } : { ok: false, reason: 'malformed' };
}

/**
 * Checks a parsed contribution against the session the tablet holds: its shape, its workshop,
 * its session, then its HMAC (in constant time, by WebCrypto's verify), then that every note is
 * on a question the session offered.
 */
export async function checkContribution(v: unknown, secret: SessionSecret): Promise<Checked> {
  const shape = shapeOf(v);
  if (!shape.ok) return shape;
  const { mac, ...unsigned } = shape.c;
  if (unsigned.workshopId !== secret.workshopId) return { ok: false, reason: 'other-workshop' };
  if (unsigned.session !== secret.session) return { ok: false, reason: 'other-session' };
  let macBytes: Uint8Array;
  try {
    macBytes = base64url.decode(mac);
  } catch {
    return { ok: false, reason: 'tampered' };
  }
  const valid = await crypto.subtle.verify('HMAC', await hmacKey(secret.key, 'verify'), macBytes as Uint8Array<ArrayBuffer>, canonicalBytes(unsigned));
  if (!valid) return { ok: false, reason: 'tampered' };
  const offered = new Set(secret.questions.map((q) => q.id));
  if (!unsigned.notes.every((n) => offered.has(n.questionId))) return { ok: false, reason: 'malformed' };
  return { ok: true, contribution: shape.c };
}

/**
 * The session a parsed contribution names, among those a tablet holds; when none matches, a
 * stand-in that makes the check say "another workshop" or "another session" before any key is used.
 */
export function secretFor(sessions: readonly SessionSecret[], workshopId: string, v: unknown): SessionSecret {
  const found = isRecord(v) ? sessions.find((s) => s.session === v.session && s.workshopId === v.workshopId) : undefined;
  return found ?? { workshopId, session: '', key: '', questions: [] };
}

type SecretOf = SessionSecret | ((parsed: unknown) => SessionSecret);

export async function contributionFromText(text: string, secretOf: SecretOf): Promise<Checked> {
  if (text.length > MAX_CONTRIBUTION_BYTES) return { ok: false, reason: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  return checkContribution(parsed, typeof secretOf === 'function' ? secretOf(parsed) : secretOf);
}

/** The contribution carried by the (reassembled) bytes of a 'C' QR message. */
export async function contributionFromBytes(bytes: Uint8Array<ArrayBuffer>, secretOf: SecretOf): Promise<Checked> {
  let text: string;
  try {
    text = utf8Decode(await inflate(bytes, MAX_CONTRIBUTION_BYTES));
  } catch (e) {
    return { ok: false, reason: e instanceof TooLargeError ? 'too-large' : 'malformed' };
  }
  return contributionFromText(text, secretOf);
}

/** A fresh note id on the phone: 64 random bits are plenty within one session. */
export function newContributedNoteId(): string {
  return base64url.encode(crypto.getRandomValues(new Uint8Array(8)));
}

/**
 * The id the note gets on the tablet: a UUID (every stored id is one) made from the session and
 * the phone's note id, so the same note taken twice is the same row and is not added again.
 */
export async function storedNoteId(session: string, noteId: string): Promise<string> {
  const h = (await sha256(utf8Encode(`deda-tafel/contribution-note\u0000${session}\u0000${noteId}`))).slice(0, 16);
  h[6] = (h[6]! & 0x0f) | 0x80; // version 8: a UUID made by the application's own rule
  h[8] = (h[8]! & 0x3f) | 0x80; // the RFC 4122 variant
  const hex = [...h].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
