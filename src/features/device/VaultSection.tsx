// Why: "Versleutel de workshops op dit apparaat" (docs/vaults.md). The facilitator chooses a
// passphrase (at least 12 characters) or a PIN (at least 6 digits, which only stops the person
// at the tablet), is told plainly that without it or the recovery code the workshops are gone,
// writes the recovery code down (shown once), and only then is anything stored and sealed.
import { useState } from 'preact/hooks';
import { MIN_PASSPHRASE, MIN_PIN, checkSecret } from '../../domain/vault-secret';
import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { vault } from '../../storage/vault';
import { commitVault, prepareVault, type PreparedVault } from '../../storage/vault-repo';
import { chooseIdleMinutes, IDLE_CHOICES, idleMinutes, lockNow, startIdleLock } from './vault-lock';

type Step = { kind: 'choose' } | { kind: 'code'; vault: PreparedVault } | { kind: 'on' };

export function VaultSection() {
  const { t } = useT();
  const [step, setStep] = useState<Step>(() => (vault.on ? { kind: 'on' } : { kind: 'choose' }));
  const [secret, setSecret] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [wrote, setWrote] = useState(false);
  const [idle, setIdle] = useState(idleMinutes);

  const prepare = async (e: Event) => {
    e.preventDefault();
    const check = checkSecret(secret);
    if (!check.ok) return setProblem(t(`device:vault.${check.problem}`, { min: check.problem === 'too-short' ? MIN_PASSPHRASE : MIN_PIN }));
    if (again !== secret) return setProblem(t('device:vault.notSame'));
    setProblem(null);
    setBusy(true);
    const r = await prepareVault(secret);
    setBusy(false);
    if (r.ok) setStep({ kind: 'code', vault: r.vault });
  };

  const commit = async (vault: PreparedVault) => {
    setBusy(true);
    const r = await commitVault(vault);
    setBusy(false);
    if (!r.ok) return setProblem(t(`storage.problem.${r.problem}`));
    setSecret('');
    setAgain('');
    startIdleLock();
    setStep({ kind: 'on' });
  };

  return (
    <section class="panel" aria-labelledby="vault-title">
      <h2 class="nl-heading nl-heading--level-2" id="vault-title">
        {t('device:vault.title')}
      </h2>
      {step.kind === 'on' && (
        <>
          <Alert type="ok">{t('device:vault.on')}</Alert>
          <div class="utrecht-form-field">
            <label class="utrecht-form-label" for="vault-idle">
              {t('device:vault.idleLabel')}
            </label>
            <select
              id="vault-idle"
              class="utrecht-select utrecht-select--html-select"
              value={String(idle)}
              onChange={(e) => {
                const n = Number(e.currentTarget.value);
                chooseIdleMinutes(n);
                setIdle(n);
              }}
            >
              {IDLE_CHOICES.map((n) => (
                <option key={n} value={String(n)}>
                  {t('device:vault.minutes', { count: n })}
                </option>
              ))}
            </select>
          </div>
          <p class="nl-paragraph">
            <Button onClick={() => void lockNow()}>{t('device:vault.lock')}</Button>
          </p>
        </>
      )}
      {step.kind === 'choose' && (
        <form class="stack" onSubmit={(e) => void prepare(e)}>
          <p class="nl-paragraph">{t('device:vault.intro')}</p>
          <p class="nl-paragraph">{t('device:vault.minimum', { passphrase: MIN_PASSPHRASE, pin: MIN_PIN })}</p>
          <Alert type="warning">{t('device:vault.noWayBack')}</Alert>
          <TextField label={t('device:vault.secretLabel')} type="password" autoComplete="new-password" value={secret} onInput={setSecret} />
          <TextField label={t('device:vault.againLabel')} type="password" autoComplete="new-password" value={again} onInput={setAgain} error={problem} />
          <p class="nl-paragraph">
            <Button appearance="primary" type="submit" busy={busy}>
              {t('device:vault.next')}
            </Button>
          </p>
        </form>
      )}
      {step.kind === 'code' && (
        <div class="stack">
          <p class="nl-paragraph">{t('device:vault.codeIntro')}</p>
          <p class="vault-code" data-recovery-code>
            {step.vault.recoveryCode.split('-').map((g, i) => (
              <span key={i}>{g} </span>
            ))}
          </p>
          <Alert type="warning">{t('device:vault.noWayBack')}</Alert>
          <div class="utrecht-form-field utrecht-form-field--checkbox">
            <input id="vault-wrote" type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" checked={wrote} onChange={(e) => setWrote(e.currentTarget.checked)} />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for="vault-wrote">
              {t('device:vault.wrote')}
            </label>
          </div>
          {problem && <Alert type="error">{problem}</Alert>}
          <p class="nl-paragraph">
            <Button appearance="primary" busy={busy} disabled={!wrote} onClick={() => void commit(step.vault)}>
              {t('device:vault.encrypt')}
            </Button>
          </p>
        </div>
      )}
    </section>
  );
}
