// Why: the names of steps, roles and speakers in the reader's language, in one place, so the
// rail, the overview and every select say the same thing.
import type { PackIndex } from '../../content/pack-index';
import type { Speaker } from '../../domain/author';
import type { Lang } from '../../domain/lang';
import type { Participant } from '../../domain/participant';
import type { Role } from '../../domain/roles';
import { i18n } from '../../i18n/i18n';
import { label } from '../../i18n/labels-cache';
import { topicOf, type Section } from './sections';

export function sectionLabel(section: Section, index: PackIndex, lang: Lang): string {
  const topicId = topicOf(section);
  if (topicId) return index.topic(topicId)?.title[lang] ?? topicId;
  if (section === 'actions' || section === 'preconditions' || section === 'decision') return i18n.t(`decision:steps.${section}`);
  return i18n.t(`workshop:steps.${section as 'overview' | 'poster' | 'report' | 'goal' | 'participants' | 'values'}`);
}

export function roleLabel(role: Role): string {
  return label(`workshop:roles.${role}`);
}

export function speakerLabel(speaker: Speaker, participants: readonly Participant[]): string {
  if (speaker.kind === 'group') return label('workshop:speaker.group');
  if (speaker.kind === 'role') return roleLabel(speaker.role);
  const p = participants.find((x) => x.id === speaker.participantId);
  return p ? p.name || i18n.t('workshop:participants.unnamed') : i18n.t('workshop:speaker.removed');
}

/** Select-friendly encoding of a speaker: `group`, `p:<id>`, `r:<role>`. */
export function speakerValue(speaker: Speaker): string {
  if (speaker.kind === 'group') return 'group';
  if (speaker.kind === 'participant') return `p:${speaker.participantId}`;
  return `r:${speaker.role}`;
}

export function parseSpeaker(value: string): Speaker {
  if (value.startsWith('p:')) return { kind: 'participant', participantId: value.slice(2) as Participant['id'] };
  if (value.startsWith('r:')) return { kind: 'role', role: value.slice(2) as Role };
  return { kind: 'group' };
}
