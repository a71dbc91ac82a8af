// Why: export a workshop as a signed bundle in one tap: the signer's name (remembered on the
// device), Web Share with files where the device has it, a download elsewhere, and a clear
// word about what happened. Shows when it was last exported, the home screen's reminder too.
import './exchange.css';
import type { WorkshopId } from '../../domain/ids';
import { useT } from '../../i18n/use-t';
import { useLive } from '../../storage/live';
import { getWorkshop } from '../../storage/workshops-repo';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { BundleExportResult } from './BundleExportResult';
import { ExportStateLine } from './ExportStateLine';
import { useBundleExport } from './use-bundle-export';
import { useSignerName } from './use-signer-name';

export function ExportPanelBody({ workshopId }: { workshopId: WorkshopId }) {
  const { t } = useT();
  const workshop = useLive(() => getWorkshop(workshopId), [workshopId]);
  const w = workshop.status === 'ready' ? workshop.value : undefined;
  const [signer, setSigner] = useSignerName(w?.facilitator);
  const { status, run } = useBundleExport(workshopId);

  return (
    <section class="panel" aria-labelledby="export-title" data-export-panel>
      <h2 class="nl-heading nl-heading--level-2" id="export-title">
        {t('exchange:export.title')}
      </h2>
      <p class="nl-paragraph">{t('exchange:export.intro')}</p>
      {w && <ExportStateLine workshop={w} />}
      <TextField label={t('exchange:export.signerName')} description={t('exchange:export.signerHint')} value={signer ?? ''} onInput={setSigner} maxLength={120} autoComplete="name" />
      <p class="nl-paragraph">
        <Button appearance="primary" busy={status.kind === 'busy'} disabled={status.kind === 'busy' || !w} onClick={() => w && void run(w.title, signer ?? '')}>
          {status.kind === 'busy' ? t('exchange:export.busy') : t('exchange:export.button')}
        </Button>
      </p>
      <BundleExportResult status={status} />
    </section>
  );
}
