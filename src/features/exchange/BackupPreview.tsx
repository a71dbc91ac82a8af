// Why: a backup brings many workshops at once. Each was checked on its own, and each is
// decided on its own: the person sees per workshop who signed it (a known name under another
// key is warned about, and such a workshop is skipped unless chosen), whether it is already
// here and what would change, and chooses for that workshop: import, or for one already here
// skip, keep both or replace. Nothing is written before "Importeren".
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import type { PreparedImport } from '../../storage/import-repo';
import { Button } from '../../ui/Button';
import { formatMoment } from '../../i18n/format';
import { CompareTable } from './CompareTable';
import { NameWarning } from './NameWarning';

export type BackupChoice = 'import' | 'skip' | 'keep-both' | 'replace';

type Props = { name: string; createdAt: string; items: readonly PreparedImport[]; busy: boolean; onImport: (choices: readonly BackupChoice[]) => void; onCancel: () => void };

/** What happens to a workshop unless the person chooses otherwise: nothing, where in doubt. */
export function defaultChoice(p: PreparedImport): BackupChoice {
  return p.existing.kind === 'none' && p.signerStatus !== 'name-of-another-key' ? 'import' : 'skip';
}

export function BackupPreview({ name, createdAt, items, busy, onImport, onCancel }: Props) {
  const { t, lang } = useT();
  const [choices, setChoices] = useState<BackupChoice[]>(() => items.map(defaultChoice));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setChoices(items.map(defaultChoice));
    heading.current?.focus();
  }, [items]);
  const choose = (index: number, c: BackupChoice) => setChoices((cs) => cs.map((x, i) => (i === index ? c : x)));
  const chosen = choices.filter((c) => c !== 'skip').length;
  return (
    <section class="panel stack" aria-labelledby="backup-title">
      <h2 class="nl-heading nl-heading--level-2" id="backup-title" tabIndex={-1} ref={heading}>
        {t('exchange:import.backup.title', { date: formatMoment(createdAt, lang) })}
      </h2>
      <p class="nl-paragraph subtle">{name}</p>
      <p class="nl-paragraph">{t('exchange:import.backup.intro', { count: items.length })}</p>
      <ul class="plain-list backup-items">
        {items.map((p, index) => (
          <BackupItem key={p.bundle.graph.workshop.id} item={p} index={index} choice={choices[index] ?? 'skip'} onChoose={(c) => choose(index, c)} />
        ))}
      </ul>
      <p class="nl-paragraph" aria-live="polite" data-backup-chosen={chosen}>
        {t('exchange:import.backup.chosen', { count: chosen })}
      </p>
      <div class="row">
        <Button appearance="primary" busy={busy} disabled={busy || chosen === 0} onClick={() => onImport(choices)}>
          {busy ? t('exchange:import.busy') : t('exchange:import.import')}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('exchange:import.cancel')}
        </Button>
      </div>
    </section>
  );
}

function BackupItem({ item, index, choice, onChoose }: { item: PreparedImport; index: number; choice: BackupChoice; onChoose: (c: BackupChoice) => void }) {
  const { t } = useT();
  const { bundle, existing, signerStatus, sameName, incoming } = item;
  const here = existing.kind === 'same-workshop';
  const options: readonly BackupChoice[] = here ? ['skip', 'keep-both', 'replace'] : ['import', 'skip'];
  const label = (c: BackupChoice) =>
    c === 'import' ? t('exchange:import.backup.importNew') : c === 'skip' ? t('exchange:import.backup.skip') : c === 'keep-both' ? t('exchange:import.conflict.keepBoth') : t('exchange:import.conflict.replace');
  const hint = (c: BackupChoice) => (c === 'keep-both' ? t('exchange:import.conflict.keepBothHint') : c === 'replace' ? t('exchange:import.conflict.replaceHint') : '');
  return (
    <li class="backup-item stack" data-backup-item={index}>
      <div class="backup-item__head">
        <strong lang={incoming.lang}>{incoming.title}</strong>
        <span class={`badge${here ? ' badge--warning' : ''}`}>{here ? t('exchange:import.backup.exists') : t('exchange:import.backup.new')}</span>
      </div>
      <div class="subtle">
        {bundle.signer.name || t('exchange:import.signer.noName')} · <span class="fingerprint fingerprint--short">{bundle.signer.fingerprint}</span>
      </div>
      <div>
        <span class={`badge${signerStatus === 'unknown' ? ' badge--warning' : signerStatus === 'name-of-another-key' ? ' badge--danger' : ''}`} data-signer-status={signerStatus}>
          {t(`exchange:import.backup.status.${signerStatus}`)}
        </span>
      </div>
      {signerStatus === 'name-of-another-key' && <NameWarning signer={bundle.signer} sameName={sameName} level={3} />}
      {existing.kind === 'same-workshop' && (
        <details class="backup-item__compare">
          <summary>{t('exchange:import.backup.compare')}</summary>
          <CompareTable current={existing.current} incoming={incoming} differences={existing.differences} />
        </details>
      )}
      <fieldset class="choices">
        <legend>{t('exchange:import.backup.choiceLegend', { title: incoming.title })}</legend>
        {options.map((c) => (
          <label class="choice" key={c}>
            <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name={`backup-choice-${index}`} value={c} checked={choice === c} onChange={() => onChoose(c)} />
            <span>
              <strong>{label(c)}</strong>
              {hint(c) && <span class="choice__hint">{hint(c)}</span>}
            </span>
          </label>
        ))}
      </fieldset>
    </li>
  );
}
