// Why: the facilitator chooses the passphrase of an encrypted bundle here: typed twice (a
// typo would lock the file for good), at least MIN_PASSPHRASE characters, or made by the app
// and shown so it can be written down. The dialog says before anything is made that without
// the passphrase the file cannot be opened by anyone.
import { useState } from 'preact/hooks';
import { generatePassphrase, MIN_PASSPHRASE, passphraseProblem, type PassphraseProblem } from '../../exchange/passphrase';
import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';

type Props = {
  open: boolean;
  onClose: () => void;
  onExport: (passphrase: string) => void;
};

export function EncryptedExportDialog({ open, onClose, onExport }: Props) {
  const { t } = useT();
  const [first, setFirst] = useState('');
  const [again, setAgain] = useState('');
  const [generated, setGenerated] = useState<string | null>(null);
  const [problem, setProblem] = useState<PassphraseProblem | null>(null);
  const [firstEl, setFirstEl] = useState<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const [againEl, setAgainEl] = useState<HTMLInputElement | HTMLTextAreaElement | null>(null);

  const close = () => {
    setFirst('');
    setAgain('');
    setGenerated(null);
    setProblem(null);
    onClose();
  };
  const submit = () => {
    const p = passphraseProblem(first, again);
    setProblem(p);
    if (p === 'too-short') firstEl?.focus();
    else if (p === 'mismatch') againEl?.focus();
    else {
      const chosen = first;
      close();
      onExport(chosen);
    }
  };
  const edited = (set: (v: string) => void) => (v: string) => {
    set(v);
    setGenerated(null);
    setProblem(null);
  };

  return (
    <Dialog
      open={open}
      title={t('exchange:export.encrypted.title')}
      onClose={close}
      onSubmit={submit}
      actions={
        <>
          <Button appearance="primary" type="submit">
            {t('exchange:export.encrypted.submit')}
          </Button>
          <Button appearance="subtle" onClick={close}>
            {t('actions.cancel')}
          </Button>
        </>
      }
    >
      <div class="stack" data-encrypted-export>
        <p class="nl-paragraph">{t('exchange:export.encrypted.intro')}</p>
        <Alert type="warning">{t('exchange:export.encrypted.warning')}</Alert>
        <TextField
          label={t('exchange:export.encrypted.passphrase')}
          description={t('exchange:export.encrypted.hint', { min: MIN_PASSPHRASE })}
          type="password"
          value={first}
          onInput={edited(setFirst)}
          error={problem === 'too-short' ? t('exchange:export.encrypted.tooShort', { min: MIN_PASSPHRASE }) : null}
          autoComplete="new-password"
          inputRef={setFirstEl}
        />
        <TextField
          label={t('exchange:export.encrypted.again')}
          type="password"
          value={again}
          onInput={edited(setAgain)}
          error={problem === 'mismatch' ? t('exchange:export.encrypted.mismatch') : null}
          autoComplete="new-password"
          inputRef={setAgainEl}
        />
        <div>
          <Button
            appearance="secondary"
            onClick={() => {
              const p = generatePassphrase();
              setFirst(p);
              setAgain(p);
              setGenerated(p);
              setProblem(null);
            }}
          >
            {t('exchange:export.encrypted.generate')}
          </Button>
        </div>
        <div aria-live="polite">
          {generated && (
            <>
              <p class="nl-paragraph">{t('exchange:export.encrypted.generated')}</p>
              <p class="fingerprint" data-generated-passphrase>
                {generated}
              </p>
            </>
          )}
        </div>
      </div>
    </Dialog>
  );
}
