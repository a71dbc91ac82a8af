// Why: two moments shown side by side (this device's copy and the file's, in the compare
// table) are marked as different when they differ, yet written to the minute they can read
// the same: two tablets that saved within one minute showed "2 dec. 2026 14:35" twice under
// "Gewijzigd". When the minutes agree and the moments do not, both are written with seconds,
// so the difference the table marks is one the reader can see.
import type { Lang } from '../domain/lang';
import { LANG_TAGS } from '../domain/lang';
import { formatMoment } from './format';

const WITH_SECONDS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' };
const formatters = new Map<Lang, Intl.DateTimeFormat>();

function withSeconds(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LANG_TAGS[lang], WITH_SECONDS);
    formatters.set(lang, f);
  }
  return f.format(d);
}

/** Both moments in the reader's language; with seconds when they differ within one minute. */
export function formatMomentPair(a: string, b: string, lang: Lang): [string, string] {
  const short: [string, string] = [formatMoment(a, lang), formatMoment(b, lang)];
  if (short[0] !== short[1] || Date.parse(a) === Date.parse(b)) return short;
  return [withSeconds(a, lang), withSeconds(b, lang)];
}
