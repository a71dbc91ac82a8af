// Why: dates, moments and sizes are shown in the reader's language (Dutch: 29 november 2026,
// 1,2 MB), from the same ISO text the data holds.
import type { Lang } from '../domain/lang';

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatDate(isoDate: string | null, lang: Lang): string {
  if (!isoDate) return '';
  const d = new Date(`${isoDate.slice(0, 10)}T12:00:00`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

export function formatMoment(iso: string | null, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = value < 10 && unit > 0 ? 1 : 0;
  return `${new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
