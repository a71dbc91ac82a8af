// Why: a step that cannot be undone (removing an organisation, erasing the device) is confirmed by
// typing a word or a name, so a stray tap cannot do it. One component for both: the labelled field,
// the failure said in the user's language, "Annuleren" and the destructive button, enabled only
// while what is typed matches (case and surrounding spaces aside).
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

/** Whether `typed` confirms `word`: the same letters, ignoring case and spaces around either. */
export function confirms(typed: string, word: string): boolean {
  return typed.trim().toLocaleLowerCase() === word.trim().toLocaleLowerCase();
}

type Props = {
  /** The word or name to type. */
  readonly word: string;
  /** The field's label, which names the word. */
  readonly label: string;
  /** The destructive button's text. */
  readonly confirm: string;
  readonly busy: boolean;
  /** Said under the field when the step failed; null while it has not. */
  readonly failure: string | null;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
};

export function TypedConfirm({ word, label, confirm, busy, failure, onCancel, onConfirm }: Props) {
  const { t } = useT();
  const [typed, setTyped] = useState('');
  return (
    <>
      <TextField label={label} value={typed} onInput={setTyped} autoComplete="off" />
      {failure && <Alert type="error">{failure}</Alert>}
      <p class="nl-paragraph row">
        <Button
          onClick={() => {
            setTyped('');
            onCancel();
          }}
        >
          {t('actions.cancel')}
        </Button>
        <Button appearance="primary" danger busy={busy} disabled={!confirms(typed, word) || busy} onClick={onConfirm}>
          {confirm}
        </Button>
      </p>
    </>
  );
}
