// Why: the report speaks the workshop's language, not the interface's. Every word it uses
// comes through one fixed-language translator, and the small phrases built from the data
// (who said it, who owns it, a date) are made here once so every section says them alike.
import type { TFunction } from 'i18next';
import type { Owner, Speaker } from '../domain/author';
import { LANG_TAGS, type Lang } from '../domain/lang';
import type { Participant } from '../domain/participant';
import type { Role } from '../domain/roles';
import { formatDate, formatMoment } from '../i18n/format';

/** The `report` namespace's `doc` texts, fixed to the workshop's language. */
export type ReportT = TFunction<'report', 'doc'>;

export interface Words {
  readonly t: ReportT;
  readonly lang: Lang;
  role(role: Role): string;
  roles(roles: readonly Role[]): string;
  speaker(speaker: Speaker): string;
  /** The speaker where it begins a line ("De groep: …"): capitalised, except a name as it was written. */
  speakerAtStart(speaker: Speaker): string;
  owner(owner: Owner): string;
  date(isoDate: string | null): string;
  /** "15 dec 2026": for a narrow table column. */
  shortDate(isoDate: string | null): string;
  moment(iso: string): string;
  /** "a, b en c" / "a, b and c". */
  list(items: readonly string[]): string;
}

const BCP47 = LANG_TAGS;

export function languageTag(lang: Lang): string {
  return BCP47[lang];
}

export function words(t: ReportT, lang: Lang, participants: readonly Participant[]): Words {
  const people = new Map(participants.map((p) => [p.id, p]));
  const name = (p: Participant) => p.name.trim() || t('participants.unnamed');
  const role = (r: Role) => t(`roles.${r}`);
  const speaker = (s: Speaker) => {
    if (s.kind === 'group') return t('speaker.group');
    if (s.kind === 'role') return role(s.role);
    const p = people.get(s.participantId);
    return p ? name(p) : t('speaker.removed');
  };
  const listFormat = new Intl.ListFormat(BCP47[lang], { style: 'long', type: 'conjunction' });
  const shortDateFormat = new Intl.DateTimeFormat(BCP47[lang], { day: 'numeric', month: 'short', year: 'numeric' });
  return {
    t,
    lang,
    role,
    roles: (rs) => rs.map(role).join(', '),
    speaker,
    speakerAtStart: (s) => (s.kind === 'participant' && people.has(s.participantId) ? speaker(s) : capitalise(speaker(s), lang)),
    owner(o) {
      if (o.kind === 'nobody') return t('actions.noOwner');
      if (o.kind === 'role') return role(o.role);
      if (o.kind === 'person') return o.name.trim() || t('actions.noOwner');
      const p = people.get(o.participantId);
      return p ? name(p) : t('speaker.removed');
    },
    date: (d) => formatDate(d, lang),
    shortDate(d) {
      if (!d) return '';
      const day = new Date(`${d.slice(0, 10)}T12:00:00`);
      return Number.isNaN(day.getTime()) ? d : shortDateFormat.format(day);
    },
    moment: (iso) => formatMoment(iso, lang),
    list: (items) => listFormat.format(items),
  };
}

/** The text with its first letter in upper case, for where it begins a line or a sentence. */
export function capitalise(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(BCP47[lang]) + text.slice(1);
}

/** Characters no file system accepts in a name, and control characters. */
// oxlint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

export function safeFileName(parts: readonly string[]): string {
  const joined = parts
    .map((p) => p.replace(UNSAFE_IN_FILE_NAME, '-').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
  return joined.slice(0, 120).trim().replace(/[. ]+$/, '') || 'report';
}
