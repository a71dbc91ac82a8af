// Why: owners, preconditions and outcomes are named the same way on the closing steps, the
// overview, the follow-up view and the home cards; the wording lives here once.
import type { Owner } from '../../domain/author';
import type { ParticipantId } from '../../domain/ids';
import type { Participant } from '../../domain/participant';
import type { Precondition } from '../../domain/preconditions';
import { i18n } from '../../i18n/i18n';
import { roleLabel } from './labels';

type People = ReadonlyMap<ParticipantId, Pick<Participant, 'name'>> | readonly Pick<Participant, 'id' | 'name'>[];

function personOf(people: People, id: ParticipantId): Pick<Participant, 'name'> | undefined {
  return Array.isArray(people) ? people.find((p) => p.id === id) : (people as ReadonlyMap<ParticipantId, Pick<Participant, 'name'>>).get(id);
}

export function ownerLabel(owner: Owner, people: People): string {
  switch (owner.kind) {
    case 'nobody':
      return i18n.t('decision:owner.nobody');
    case 'role':
      return roleLabel(owner.role);
    case 'person':
      return owner.name || i18n.t('decision:owner.nobody');
    case 'participant': {
      const p = personOf(people, owner.participantId);
      return p ? p.name || i18n.t('workshop:participants.unnamed') : i18n.t('decision:owner.removed');
    }
  }
}

/**
 * Who to propose as the one who did a point: its owner, when the owner is a person with a name
 * (a participant still at the table, or a named person). A role, nobody or a removed
 * participant proposes nothing: the field stays empty for the group to fill in.
 */
export function doneByProposal(owner: Owner, people: People): string {
  if (owner.kind === 'person') return owner.name;
  if (owner.kind === 'participant') return personOf(people, owner.participantId)?.name ?? '';
  return '';
}

/** Select-friendly encoding of an owner: `nobody`, `p:<id>`, `r:<role>`, `person`. */
export function ownerValue(owner: Owner): string {
  if (owner.kind === 'participant') return `p:${owner.participantId}`;
  if (owner.kind === 'role') return `r:${owner.role}`;
  return owner.kind;
}

export function preconditionName(p: Precondition): string {
  return i18n.t(`decision:preconditions.names.${p}`);
}
