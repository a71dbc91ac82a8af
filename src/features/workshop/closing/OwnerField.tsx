// Why: who takes an action point on: someone at the table, a role ("the PO/FG"), or a named
// person who was not in the room. One select, with a name field only when it is needed.
import type { TargetedEvent } from 'preact';
import { useId } from 'preact/hooks';
import { NOBODY, type Owner } from '../../../domain/author';
import type { ParticipantId } from '../../../domain/ids';
import type { Participant } from '../../../domain/participant';
import { ROLES, type Role } from '../../../domain/roles';
import { useT } from '../../../i18n/use-t';
import { TextField } from '../../../ui/TextField';
import { roleLabel } from '../../shared/labels';
import { ownerValue } from '../../shared/closing-labels';

function parseOwner(value: string, previous: Owner): Owner {
  if (value.startsWith('p:')) return { kind: 'participant', participantId: value.slice(2) as ParticipantId };
  if (value.startsWith('r:')) return { kind: 'role', role: value.slice(2) as Role };
  if (value === 'person') return { kind: 'person', name: previous.kind === 'person' ? previous.name : '' };
  return NOBODY;
}

export function OwnerField({ value, onChange, participants, error }: { value: Owner; onChange: (o: Owner) => void; participants: readonly Participant[]; error?: string | null }) {
  const { t } = useT();
  const id = useId();
  return (
    <div class="owner-field">
      <div class="utrecht-form-field">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for={id}>
            {t('decision:owner.label')}
          </label>
        </div>
        <div class="utrecht-form-field__input">
          <select id={id} class="utrecht-select utrecht-select--html-select" value={ownerValue(value)} onChange={(e: TargetedEvent<HTMLSelectElement>) => onChange(parseOwner(e.currentTarget.value, value))}>
            <option value="nobody">{t('decision:owner.nobody')}</option>
            {participants.length > 0 && (
              <optgroup label={t('decision:owner.people')}>
                {participants.map((p) => (
                  <option key={p.id} value={`p:${p.id}`}>
                    {p.name || t('workshop:participants.unnamed')}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t('decision:owner.roles')}>
              {ROLES.map((r) => (
                <option key={r} value={`r:${r}`}>
                  {roleLabel(r)}
                </option>
              ))}
            </optgroup>
            <option value="person">{t('decision:owner.person')}</option>
          </select>
        </div>
      </div>
      {value.kind === 'person' && (
        <TextField label={t('decision:owner.personName')} value={value.name} onInput={(name) => onChange({ kind: 'person', name })} error={error} maxLength={200} />
      )}
    </div>
  );
}
