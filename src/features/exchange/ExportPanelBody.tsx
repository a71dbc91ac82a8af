// Why: export a workshop as a signed bundle in one tap: the signer's name (remembered on the
// device), Web Share with files where the device has it, a download elsewhere, and a clear
// word about what happened. Shows when it was last exported, the home screen's reminder too.
import { useEffect, useState } from 'preact/hooks';
import './exchange.css';
import type { WorkshopId } from '../../domain/ids';
import { needsExport } from '../../domain/workshop';
import { useT } from '../../i18n/use-t';
import { readSignerName, saveSignerName } from '../../storage/keys-repo';
import { useLive } from '../../storage/live';
import { getWorkshop } from '../../storage/workshops-repo';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { formatMoment } from '../../ui/format';
import { deliver, makeBundleFile, noteExported, type ExportFailure } from './export-flow';
import { refusalText, tx } from './tx';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; how: 'shared' | 'downloaded' | 'cancelled'; name: string; sessionKey: boolean } | { kind: 'failed'; failure: ExportFailure };

export function ExportPanelBody({ workshopId }: { workshopId: WorkshopId }) {
  const { t, lang } = useT();
  const workshop = useLive(() => getWorkshop(workshopId), [workshopId]);
  const w = workshop.status === 'ready' ? workshop.value : undefined;
  const [signer, setSigner] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    void readSignerName().then((n) => setSigner((s) => s ?? n));
  }, []);
  // First export on this device: suggest the facilitator's name.
  useEffect(() => {
    if (signer === '' && w?.facilitator) setSigner(w.facilitator);
  }, [signer === '', w?.facilitator]);

  const run = async () => {
    if (!w) return;
    setStatus({ kind: 'busy' });
    const name = (signer ?? '').trim();
    await saveSignerName(name);
    const made = await makeBundleFile(workshopId, name);
    if (!made.ok) {
      setStatus({ kind: 'failed', failure: made.failure });
      return;
    }
    const how = await deliver(made.file, w.title);
    if (how !== 'cancelled') await noteExported(made);
    setStatus({ kind: 'done', how, name: made.file.name, sessionKey: made.key.kind === 'session-only' });
  };

  const failureText = (f: ExportFailure) => (f.kind === 'refused' ? `${tx('export.failed.refused')} ${refusalText(f.refusal)}` : tx(`export.failed.${f.kind}`, f.kind === 'pack-missing' ? { title: f.title } : {}));

  return (
    <section class="panel" aria-labelledby="export-title" data-export-panel>
      <h2 class="nl-heading nl-heading--level-2" id="export-title">
        {t('exchange:export.title')}
      </h2>
      <p class="nl-paragraph">{t('exchange:export.intro')}</p>
      {w && (
        <p class="nl-paragraph subtle" data-export-state={needsExport(w) ? 'needed' : 'current'}>
          {w.lastExportedAt ? t('exchange:export.lastExported', { date: formatMoment(w.lastExportedAt, lang) }) : t('exchange:export.neverExported')}
          {w.lastExportedAt && needsExport(w) && <> {t('exchange:export.changedSince')}</>}
        </p>
      )}
      <TextField label={t('exchange:export.signerName')} description={t('exchange:export.signerHint')} value={signer ?? ''} onInput={setSigner} maxLength={120} autoComplete="name" />
      <p class="nl-paragraph">
        <Button appearance="primary" busy={status.kind === 'busy'} disabled={status.kind === 'busy' || !w} onClick={() => void run()}>
          {status.kind === 'busy' ? t('exchange:export.busy') : t('exchange:export.button')}
        </Button>
      </p>
      <div aria-live="polite">
        {status.kind === 'done' && (
          <Alert type={status.how === 'cancelled' ? 'info' : 'ok'}>
            <span data-export-result={status.how}>{status.how === 'downloaded' ? t('exchange:export.downloaded', { name: status.name }) : t(`exchange:export.${status.how}`)}</span>
          </Alert>
        )}
        {status.kind === 'done' && status.sessionKey && <Alert type="warning">{t('exchange:export.sessionKey')}</Alert>}
        {status.kind === 'failed' && <Alert type="error">{failureText(status.failure)}</Alert>}
      </div>
    </section>
  );
}
