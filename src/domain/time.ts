// Why: dates travel between devices and into reports, so they are stored as ISO 8601 text
// (UTC for moments, plain calendar dates for the workshop day and due dates), never as
// locale-formatted strings or Date objects that IndexedDB and JSON treat differently.
import type { Brand } from './ids';

/** A moment, `2026-11-29T10:15:00.000Z`. Sorts correctly as text. */
export type IsoDateTime = Brand<string, 'IsoDateTime'>;
/** A calendar day, `2026-11-29`, without a time zone. */
export type IsoDate = Brand<string, 'IsoDate'>;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function nowIso(now: Date = new Date()): IsoDateTime {
  return now.toISOString() as IsoDateTime;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** Today's date on the device's own calendar (not UTC: a workshop at 00:30 is still today). */
export function todayIso(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}` as IsoDate;
}
