// Why: the names of roles and speakers in the reader's language, in one place, so every
// screen and select that names people says the same thing.
import type { Speaker } from '../../domain/author';
import type { Participant } from '../../domain/participant';
import type { Role } from '../../domain/roles';
import { i18n } from '../../i18n/i18n';
import { label } from '../../i18n/labels-cache';

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
