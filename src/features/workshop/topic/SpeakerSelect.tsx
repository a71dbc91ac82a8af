// Why: who said it: the group, one of the participants, or a role. A plain select, large.
import type { TargetedEvent } from 'preact';
import { useId } from 'preact/hooks';
import type { Speaker } from '../../../domain/author';
import type { Participant } from '../../../domain/participant';
import { ROLES } from '../../../domain/roles';
import { useT } from '../../../i18n/use-t';
import { parseSpeaker, roleLabel, speakerValue } from '../labels';

export function SpeakerSelect({ value, onChange, participants }: { value: Speaker; onChange: (s: Speaker) => void; participants: readonly Participant[] }) {
  const { t } = useT();
  const id = useId();
  return (
    <div class="utrecht-form-field speaker-select">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {t('workshop:notes.speaker')}
        </label>
      </div>
      <div class="utrecht-form-field__input">
        <select id={id} class="utrecht-select utrecht-select--html-select" value={speakerValue(value)} onChange={(e: TargetedEvent<HTMLSelectElement>) => onChange(parseSpeaker(e.currentTarget.value))}>
          <option value="group">{t('workshop:speaker.group')}</option>
          {participants.length > 0 && (
            <optgroup label={t('workshop:speaker.people')}>
              {participants.map((p) => (
                <option key={p.id} value={`p:${p.id}`}>
                  {p.name || t('workshop:participants.unnamed')}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={t('workshop:speaker.roles')}>
            {ROLES.map((r) => (
              <option key={r} value={`r:${r}`}>
                {roleLabel(r)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
    </div>
  );
}
