// Why: "a backup of all workshops in one step": one file, every workshop in it a signed
// bundle (format in docs/bundle-format.md), shared or downloaded like a single export.
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { readSignerName } from '../../storage/keys-repo';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { deliver, makeBackupFile, noteExported } from './export-flow';
import { exportFailureText } from './BundleExportResult';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

export function BackupSection() {
  const { t } = useT();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = async () => {
    setStatus({ kind: 'busy' });
    const made = await makeBackupFile(await readSignerName(), t('exchange:backup.fileName'));
    if (!made.ok) {
      setStatus({ kind: 'failed', text: exportFailureText(made.failure) });
      return;
    }
    if (made.ids.length === 0) {
      setStatus({ kind: 'done', text: t('exchange:backup.empty') });
      return;
    }
    const how = await deliver(made.file, made.file.name);
    if (how === 'cancelled') {
      setStatus({ kind: 'done', text: t('exchange:export.cancelled') });
      return;
    }
    await noteExported(made);
    setStatus({ kind: 'done', text: `${t('exchange:backup.done', { count: made.ids.length })} ${how === 'downloaded' ? t('exchange:export.downloaded', { name: made.file.name }) : t('exchange:export.shared')}` });
  };
  return (
    <section class="panel" aria-labelledby="backup-title">
      <h2 class="nl-heading nl-heading--level-2" id="backup-title">
        {t('exchange:backup.title')}
      </h2>
      <p class="nl-paragraph">{t('exchange:backup.explain')}</p>
      <Button busy={status.kind === 'busy'} disabled={status.kind === 'busy'} onClick={() => void run()}>
        {status.kind === 'busy' ? t('exchange:backup.busy') : t('exchange:backup.button')}
      </Button>
      <div aria-live="polite">
        {status.kind === 'done' && <Alert type="ok">{status.text}</Alert>}
        {status.kind === 'failed' && <Alert type="error">{status.text}</Alert>}
      </div>
    </section>
  );
}
