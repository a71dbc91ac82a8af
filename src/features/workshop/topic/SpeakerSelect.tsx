// Why: who said it: the group, one of the participants, or a role. A plain select, large.
import type { Speaker } from '../../../domain/author';
import type { Participant } from '../../../domain/participant';
import { ROLES } from '../../../domain/roles';
import { useT } from '../../../i18n/use-t';
import { SelectField } from '../../../ui/SelectField';
import { parseSpeaker, roleLabel, speakerValue } from '../../shared/labels';

export function SpeakerSelect({ value, onChange, participants }: { value: Speaker; onChange: (s: Speaker) => void; participants: readonly Participant[] }) {
  const { t } = useT();
  return (
    <SelectField
      class="speaker-select"
      label={t('workshop:notes.speaker')}
      value={speakerValue(value)}
      onChange={(v) => onChange(parseSpeaker(v))}
      options={[{ value: 'group', label: t('workshop:speaker.group') }]}
      groups={[
        { label: t('workshop:speaker.people'), options: participants.map((p) => ({ value: `p:${p.id}`, label: p.name || t('workshop:participants.unnamed') })) },
        { label: t('workshop:speaker.roles'), options: ROLES.map((r) => ({ value: `r:${r}`, label: roleLabel(r) })) },
      ]}
    />
  );
}
