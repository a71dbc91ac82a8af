// Why: a backup brings many workshops at once. Each was checked on its own; the person sees
// which are new here and decides, once, what happens to those already on the device.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import type { PreparedImport } from '../../storage/import-repo';
import { Button } from '../../ui/Button';
import { formatMoment } from '../../ui/format';

export type BackupPolicy = 'skip' | 'keep-both' | 'replace';

type Props = { name: string; createdAt: string; items: readonly PreparedImport[]; busy: boolean; onImport: (policy: BackupPolicy) => void; onCancel: () => void };

export function BackupPreview({ name, createdAt, items, busy, onImport, onCancel }: Props) {
  const { t, lang } = useT();
  const [policy, setPolicy] = useState<BackupPolicy>('skip');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [items]);
  const existing = items.filter((i) => i.existing.kind === 'same-workshop').length;
  return (
    <section class="panel stack" aria-labelledby="backup-title">
      <h2 class="nl-heading nl-heading--level-2" id="backup-title" tabIndex={-1} ref={heading}>
        {t('exchange:import.backup.title', { date: formatMoment(createdAt, lang) })}
      </h2>
      <p class="nl-paragraph subtle">{name}</p>
      <p class="nl-paragraph">{t('exchange:import.backup.intro', { count: items.length })}</p>
      <ul class="plain-list">
        {items.map((i) => (
          <li class="list-row" key={i.bundle.graph.workshop.id}>
            <div>
              <strong>{i.incoming.title}</strong>
              <div class="subtle">
                {i.bundle.signer.name} · <span class="fingerprint">{i.bundle.signer.fingerprint.slice(0, 9)}</span>
              </div>
            </div>
            <span class={`badge${i.existing.kind === 'none' ? '' : ' badge--warning'}`}>{i.existing.kind === 'none' ? t('exchange:import.backup.new') : t('exchange:import.backup.exists')}</span>
          </li>
        ))}
      </ul>
      {existing > 0 && (
        <fieldset class="choices">
          <legend>{t('exchange:import.backup.existsPolicy')}</legend>
          {(['skip', 'keep-both', 'replace'] as const).map((p) => (
            <label class="choice" key={p}>
              <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name="policy" checked={policy === p} onChange={() => setPolicy(p)} />
              <span>
                <strong>{p === 'skip' ? t('exchange:import.backup.skip') : p === 'keep-both' ? t('exchange:import.conflict.keepBoth') : t('exchange:import.conflict.replace')}</strong>
                {p !== 'skip' && <span class="choice__hint">{p === 'keep-both' ? t('exchange:import.conflict.keepBothHint') : t('exchange:import.conflict.replaceHint')}</span>}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <div class="row">
        <Button appearance="primary" busy={busy} disabled={busy} onClick={() => onImport(policy)}>
          {busy ? t('exchange:import.busy') : t('exchange:import.import')}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('exchange:import.cancel')}
        </Button>
      </div>
    </section>
  );
}
