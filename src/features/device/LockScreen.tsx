// Why: on a device with a vault nothing can be read before it is unlocked. This screen asks the
// passphrase or PIN, or the recovery code, says plainly when it is wrong, and makes the next
// try wait after three wrong ones (the wait survives a reload). Unlocking shows the app at the
// address it was opened with. With several organisations' vaults on the device, it lists their
// names (in the clear, docs/vaults.md) and opens the one chosen; the others stay locked.
import { useEffect, useState } from 'preact/hooks';
import './lock-screen.css';
import { LockIcon } from './LockIcon';
import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { unlock, waitBeforeTry, type VaultName } from '../../storage/vault-repo';

export function LockScreen({ vaults, preferred, onOpen }: { vaults: readonly VaultName[]; preferred: string | null; onOpen: () => void }) {
  const { t } = useT();
  const [chosen, setChosen] = useState(() => (vaults.some((v) => v.id === preferred) ? preferred : vaults[0]?.id) ?? '');
  const only = vaults.length === 1 ? vaults[0] : undefined;
  const [recovery, setRecovery] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [wait, setWait] = useState(() => waitBeforeTry());
  useEffect(() => {
    document.title = `${t('device:vault.lockedTitle')} · ${t('app.name')}`;
  }, [t]);
  useEffect(() => {
    if (wait <= 0) return undefined;
    const timer = setInterval(() => setWait(waitBeforeTry()), 1_000);
    return () => clearInterval(timer);
  }, [wait > 0]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy || wait > 0 || typed === '') return;
    setBusy(true);
    const r = await unlock(typed, recovery ? 'recovery' : 'secret', chosen);
    setBusy(false);
    if (r.ok) return onOpen();
    setWrong(r.reason === 'wrong');
    setWait(waitBeforeTry());
    setTyped('');
  };

  return (
    <main id="main" class="app-main lock-screen">
      <h1 class="nl-heading nl-heading--level-1">{t('device:vault.lockedTitle')}</h1>
      <p class="nl-paragraph">{t(vaults.length > 1 ? 'device:vault.lockedIntroMany' : 'device:vault.lockedIntro')}</p>
      {only?.name && <p class="nl-paragraph">{t('device:vault.lockedOne', { name: only.name })}</p>}
      <form onSubmit={(e) => void submit(e)} class="stack">
        {vaults.length > 1 && (
          <fieldset class="utrecht-form-fieldset vault-choice">
            <legend class="utrecht-form-fieldset__legend">{t('device:vault.chooseVault')}</legend>
            {vaults.map((v) => (
              <label class="vault-choice__option" key={v.id}>
                <input
                  type="radio"
                  name="vault"
                  checked={chosen === v.id}
                  onChange={() => {
                    setChosen(v.id);
                    setWrong(false);
                  }}
                />
                <LockIcon />
                <span>{v.name || t('device:vault.unnamed')}</span>
              </label>
            ))}
          </fieldset>
        )}
        <TextField
          label={t(recovery ? 'device:vault.recoveryLabel' : 'device:vault.secretLabel')}
          type={recovery ? 'text' : 'password'}
          autoComplete={recovery ? 'off' : 'current-password'}
          value={typed}
          onInput={setTyped}
          error={wrong ? t(recovery ? 'device:vault.wrongCode' : 'device:vault.wrongSecret') : null}
        />
        {wait > 0 && (
          <p class="nl-paragraph" role="status">
            {t('device:vault.wait', { count: Math.ceil(wait / 1000) })}
          </p>
        )}
        <p class="nl-paragraph">
          <Button appearance="primary" type="submit" busy={busy} disabled={wait > 0}>
            {t('device:vault.unlock')}
          </Button>
        </p>
      </form>
      <p class="nl-paragraph">
        <Button
          appearance="subtle"
          onClick={() => {
            setRecovery(!recovery);
            setTyped('');
            setWrong(false);
          }}
        >
          {t(recovery ? 'device:vault.useSecret' : 'device:vault.useRecovery')}
        </Button>
      </p>
      {recovery && <Alert type="info">{t('device:vault.recoveryHint')}</Alert>}
    </main>
  );
}
