// Why: dates travel between devices and into reports, so they are stored as ISO 8601 text
// (UTC for moments, plain calendar dates for the workshop day and due dates), never as
// locale-formatted strings or Date objects that IndexedDB and JSON treat differently.
import type { Brand } from './ids';

/** A moment, `2026-11-29T10:15:00.000Z`. Sorts correctly as text. */
export type IsoDateTime = Brand<string, 'IsoDateTime'>;
/** A calendar day, `2026-11-29`, without a time zone. */
export type IsoDate = Brand<string, 'IsoDate'>;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** As the bundle format writes a moment: UTC, seconds, up to six digits of a fraction. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?Z$/;

export function nowIso(now: Date = new Date()): IsoDateTime {
  return now.toISOString() as IsoDateTime;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** A moment on a day that exists (not 30 February) at a time that exists (not 24:00 or :60). */
export function isIsoDateTime(value: unknown): value is IsoDateTime {
  if (typeof value !== 'string') return false;
  const m = DATE_TIME.exec(value);
  return m !== null && isIsoDate(m[1]);
}

/** Today's date on the device's own calendar (not UTC: a workshop at 00:30 is still today). */
export function todayIso(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}` as IsoDate;
}
