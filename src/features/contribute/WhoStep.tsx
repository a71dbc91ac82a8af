// Why: "who are you?": a name from the people the tablet listed, or a typed one. The tablet
// credits each note to that writer (the participant, or a new one under the typed name).
import { useState } from 'preact/hooks';
import type { Writer } from '../../exchange/contribution/contribution';
import type { PersonToChoose } from '../../exchange/contribution/join-code';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';

export function WhoStep({ people, onChoose }: { people: readonly PersonToChoose[]; onChoose: (w: Writer) => void }) {
  const { t } = useT();
  const [typed, setTyped] = useState('');
  return (
    <div class="contribute-who">
      <h2 class="nl-heading nl-heading--level-2" id="who-title">
        {t('workshop:hands.phone.who')}
      </h2>
      {people.length > 0 && (
        <ul class="contribute-people" aria-labelledby="who-title">
          {people.map((p) => (
            <li key={p.id}>
              <Button onClick={() => onChoose({ participantId: p.id, name: p.name })}>{p.name}</Button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const name = typed.trim();
          if (name) onChoose({ name });
        }}
      >
        <label class="utrecht-form-label" for="who-name">
          {t('workshop:hands.phone.typeName')}
        </label>
        <input id="who-name" class="utrecht-textbox utrecht-textbox--html-input" autocomplete="name" maxLength={200} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        <Button type="submit" disabled={typed.trim() === ''}>
          {t('workshop:hands.phone.start')}
        </Button>
      </form>
    </div>
  );
}
