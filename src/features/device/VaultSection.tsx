// Why: "Versleutel de workshops op dit apparaat" (docs/vaults.md). The facilitator chooses a
// passphrase (at least 12 characters) or a PIN (at least 6 digits, which only stops the person
// at the tablet), is told plainly that without it or the recovery code the workshops are gone,
// writes the recovery code down (shown once), and only then is anything stored and sealed.
// Another organisation gets its own vault the same way (its own passphrase and recovery code);
// its name is shown on the lock screen. The open vault can be wiped from here (VaultWipe).
import { useState } from 'preact/hooks';
import { MIN_PASSPHRASE, MIN_PIN, checkSecret } from '../../domain/vault-secret';
import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { vault } from '../../storage/vault';
import { canAddVault, commitVault, openVault, prepareVault, renameVault, vaultNames, type PreparedVault } from '../../storage/vault-repo';
import { chooseIdleMinutes, IDLE_CHOICES, idleMinutes, lockNow, startIdleLock } from './vault-lock';
import { LockIcon } from './LockIcon';
import { VaultWipe } from './VaultWipe';
import '../../ui/forms-more.css';

/** `another`: a vault for one more organisation, on a device that has one open. */
type Step = { kind: 'choose'; another: boolean } | { kind: 'code'; vault: PreparedVault; another: boolean } | { kind: 'on' };

export function VaultSection() {
  const { t } = useT();
  const [step, setStep] = useState<Step>(() => (vault.on ? { kind: 'on' } : { kind: 'choose', another: false }));
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [wrote, setWrote] = useState(false);
  const [idle, setIdle] = useState(idleMinutes);

  const another = step.kind !== 'on' && step.another;
  const open = openVault();
  const others = vaultNames().filter((v) => v.id !== open?.id);
  const [rename, setRename] = useState(() => open?.name ?? '');
  const [renamed, setRenamed] = useState<string | null>(null);
  const [, bump] = useState(0);
  const taken = (n: string, except?: string) => n.trim() !== '' && vaultNames().some((v) => v.id !== except && v.name.trim().toLocaleLowerCase() === n.trim().toLocaleLowerCase());

  const saveName = async (e: Event) => {
    e.preventDefault();
    if (!open) return;
    if (rename.trim() === '' && others.length > 0) return setRenamed(t('device:vault.nameNeeded'));
    if (taken(rename, open.id)) return setRenamed(t('device:vault.nameTaken'));
    const r = await renameVault(open.id, rename);
    setRenamed(r.ok ? null : t(`storage.problem.${r.problem}`));
    // The names live in the vault's module, not in this component: show the new one.
    bump((n) => n + 1);
  };

  const prepare = async (e: Event) => {
    e.preventDefault();
    if (another && name.trim() === '') return setNameProblem(t('device:vault.nameNeeded'));
    if (taken(name)) return setNameProblem(t('device:vault.nameTaken'));
    setNameProblem(null);
    const check = checkSecret(secret);
    if (!check.ok) return setProblem(t(`device:vault.${check.problem}`, { min: check.problem === 'too-short' ? MIN_PASSPHRASE : MIN_PIN }));
    if (again !== secret) return setProblem(t('device:vault.notSame'));
    setProblem(null);
    setBusy(true);
    const r = await prepareVault(secret);
    setBusy(false);
    if (r.ok) setStep({ kind: 'code', vault: r.vault, another });
  };

  const commit = async (vault: PreparedVault) => {
    setBusy(true);
    const r = await commitVault(vault, name);
    setBusy(false);
    if (!r.ok) return setProblem(t(`storage.problem.${r.problem}`));
    // Another organisation's vault: the screens still hold the other one's texts; locking
    // drops them, and the lock screen offers the new vault first.
    if (another) return void lockNow();
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
          {open?.name && <p class="nl-paragraph">{t('device:vault.openNow', { name: open.name })}</p>}
          {open && (
            <form class="stack" onSubmit={(e) => void saveName(e)}>
              <TextField label={t('device:vault.nameLabel')} description={t('device:vault.nameHint')} value={rename} onInput={setRename} autoComplete="organization" error={renamed} />
              <p class="nl-paragraph">
                <Button type="submit" disabled={rename.trim() === (open.name ?? '').trim()}>
                  {t('device:vault.rename')}
                </Button>
              </p>
            </form>
          )}
          {others.length > 0 && (
            <>
              <p class="nl-paragraph">{t('device:vault.othersIntro')}</p>
              <ul class="plain-list vault-others" data-other-vaults>
                {others.map((v) => (
                  <li key={v.id}>
                    <LockIcon /> {v.name || t('device:vault.unnamed')} <span class="subtle">{t('device:vault.lockedMark')}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
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
          <h3 class="nl-heading nl-heading--level-3">{t('device:vault.anotherTitle')}</h3>
          <p class="nl-paragraph">{t('device:vault.anotherIntro')}</p>
          <p class="nl-paragraph">
            <Button disabled={!canAddVault()} onClick={() => setStep({ kind: 'choose', another: true })}>
              {t('device:vault.another')}
            </Button>
          </p>
          {open && <VaultWipe vault={open} others={others.length} />}
        </>
      )}
      {step.kind === 'choose' && (
        <form class="stack" onSubmit={(e) => void prepare(e)}>
          <p class="nl-paragraph">{t(another ? 'device:vault.anotherIntro' : 'device:vault.intro')}</p>
          <p class="nl-paragraph">{t('device:vault.minimum', { passphrase: MIN_PASSPHRASE, pin: MIN_PIN })}</p>
          <Alert type="warning">{t('device:vault.noWayBack')}</Alert>
          <TextField label={t('device:vault.nameLabel')} description={t('device:vault.nameHint')} value={name} onInput={setName} autoComplete="organization" error={nameProblem} />
          <TextField label={t('device:vault.secretLabel')} type="password" autoComplete="new-password" value={secret} onInput={setSecret} />
          <TextField label={t('device:vault.againLabel')} type="password" autoComplete="new-password" value={again} onInput={setAgain} error={problem} />
          <p class="nl-paragraph row">
            {another && (
              <Button
                onClick={() => {
                  setStep({ kind: 'on' });
                  setProblem(null);
                }}
              >
                {t('actions.cancel')}
              </Button>
            )}
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
          {step.another && <p class="nl-paragraph">{t('device:vault.anotherThen', { name: name.trim() })}</p>}
          <p class="nl-paragraph">
            <Button appearance="primary" busy={busy} disabled={!wrote} onClick={() => void commit(step.vault)}>
              {t(step.another ? 'device:vault.create' : 'device:vault.encrypt')}
            </Button>
          </p>
        </div>
      )}
    </section>
  );
}
