// Why: an encrypted bundle is opened with the passphrase the sender chose. The prompt is a
// real form (Enter opens, the field is labelled and autofocused) and a wrong passphrase is said
// at the field, which keeps what was typed (selected, so typing anew replaces it) and is said
// again to screen readers at every further wrong try; deriving the key takes a moment, so the
// button says it is busy.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { announce } from '../../shell/announce';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

type Props = {
  name: string;
  busy: boolean;
  /** How many passphrases did not fit so far. */
  wrong: number;
  onOpen: (passphrase: string) => void;
  onCancel: () => void;
};

export function PassphrasePrompt({ name, busy, wrong, onOpen, onCancel }: Props) {
  const { t } = useT();
  const [value, setValue] = useState('');
  const field = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const [empty, setEmpty] = useState(false);
  useEffect(() => {
    const el = field.current;
    el?.focus();
    if (wrong > 0) el?.select();
    // The field's error is an alert when it appears; the same words again must be said too.
    if (wrong > 1) announce(t('exchange:import.locked.wrong'));
  }, [wrong]);
  const error = wrong > 0 ? t('exchange:import.locked.wrong') : empty ? t('exchange:import.locked.empty') : null;
  return (
    <form
      class="stack"
      aria-labelledby="locked-title"
      data-locked
      onSubmit={(e) => {
        e.preventDefault();
        if (value === '') {
          setEmpty(true);
          field.current?.focus();
          return;
        }
        onOpen(value);
      }}
    >
      <h2 class="nl-heading nl-heading--level-2" id="locked-title">
        {t('exchange:import.locked.title')}
      </h2>
      <p class="nl-paragraph">
        <strong>{name}</strong>
      </p>
      <p class="nl-paragraph">{t('exchange:import.locked.text')}</p>
      <TextField
        label={t('exchange:import.locked.label')}
        type="password"
        value={value}
        onInput={(v) => {
          setValue(v);
          setEmpty(false);
        }}
        error={error}
        autoComplete="off"
        inputRef={(el) => (field.current = el)}
      />
      <div class="row">
        <Button appearance="primary" type="submit" busy={busy} disabled={busy}>
          {busy ? t('exchange:import.locked.busy') : t('exchange:import.locked.open')}
        </Button>
        <Button appearance="subtle" onClick={onCancel} disabled={busy}>
          {t('exchange:import.tryAnother')}
        </Button>
      </div>
    </form>
  );
}
