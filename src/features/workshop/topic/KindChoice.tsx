// Why: what kind of note it is (answer, concern, open question, idea), as four large
// radio buttons in the colours the notes get on the board.
import { NOTE_KINDS, type NoteKind } from '../../../domain/note';
import { useT } from '../../../i18n/use-t';

export function KindChoice({ value, onChange, name }: { value: NoteKind; onChange: (k: NoteKind) => void; name: string }) {
  const { t } = useT();
  return (
    <fieldset class="utrecht-form-fieldset kind-choice">
      <legend class="utrecht-form-fieldset__legend">{t('workshop:notes.kind')}</legend>
      <div class="segmented">
        {NOTE_KINDS.map((k) => (
          <label key={k} class={`segmented__option kind--${k}`}>
            <input type="radio" class="choice__input" name={name} value={k} checked={value === k} onChange={() => onChange(k)} />
            <span>{t(`workshop:kinds.${k}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
