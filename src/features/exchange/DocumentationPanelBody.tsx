// Why: at the end of a session the facilitator is often in a hurry, so the three ways out are
// laid side by side, each with one line on what it is for: report and bundle together (the
// recommended one: the report names the bundle, so the two can be matched), the report alone,
// the bundle alone (open, or encrypted for the way), the web report, and the entry for the
// Algoritmeregister (its form loads when opened), and the anonymised copy for teaching and
// research (its choices load when opened). The signer's name, which both bundle
// choices use, sits above them.
import { useState } from 'preact/hooks';
import './exchange.css';
import './documentation.css';
import type { WorkshopId } from '../../domain/ids';
import { useT } from '../../i18n/use-t';
import { useLive } from '../../storage/live';
import { getWorkshop } from '../../storage/workshops-repo';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { HtmlReportButton } from '../shared/report/HtmlReportButton';
import { ReportButton } from '../shared/report/ReportButton';
import { BothResult } from './BothResult';
import { BundleExportResult } from './BundleExportResult';
import { EncryptedExportDialog } from './EncryptedExportDialog';
import { ExportStateLine } from './ExportStateLine';
import { AnonSection } from './AnonSection';
import { RegisterSection } from './RegisterSection';
import { useBothExport } from './use-both-export';
import { useBundleExport } from './use-bundle-export';
import { useSignerName } from './use-signer-name';

export function DocumentationPanelBody({ workshopId }: { workshopId: WorkshopId }) {
  const { t } = useT();
  const live = useLive(() => getWorkshop(workshopId), [workshopId]);
  const w = live.status === 'ready' ? live.value : undefined;
  const [signer, setSigner] = useSignerName(w?.facilitator);
  const bundle = useBundleExport(workshopId);
  const both = useBothExport(workshopId);
  const bundleBusy = bundle.status.kind === 'busy';
  const sealing = bundle.status.kind === 'busy' && bundle.status.encrypted;
  const bothBusy = both.state.kind === 'working';
  const [encrypting, setEncrypting] = useState(false);

  return (
    <div class="documentation" data-documentation>
      <div class="documentation__signer">
        {w && <ExportStateLine workshop={w} />}
        <TextField label={t('exchange:export.signerName')} description={t('exchange:export.signerHint')} value={signer ?? ''} onInput={setSigner} maxLength={120} autoComplete="name" />
      </div>

      <section class="doc-choice doc-choice--main" aria-labelledby="doc-both-title" data-choice="both">
        <h3 class="nl-heading nl-heading--level-3 doc-choice__title" id="doc-both-title">
          {t('exchange:documentation.both.title')}
          <span class="doc-choice__badge">{t('exchange:documentation.recommended')}</span>
        </h3>
        <p class="nl-paragraph">{t('exchange:documentation.both.text')}</p>
        {/* While the files wait for a second tap, that tap is the only next step. */}
        <div hidden={both.state.kind === 'ready'}>
          <Button appearance="primary" busy={bothBusy} disabled={bothBusy || bundleBusy || !w || signer === null} onClick={() => w && void both.run(w.title, signer ?? '')}>
            {bothBusy ? t('exchange:documentation.both.busy') : t('exchange:documentation.both.button')}
          </Button>
        </div>
        <BothResult both={both} />
      </section>

      <div class="doc-choices">
        <section class="doc-choice" aria-labelledby="doc-pdf-title" data-choice="report">
          <h3 class="nl-heading nl-heading--level-3 doc-choice__title" id="doc-pdf-title">
            {t('exchange:documentation.pdf.title')}
          </h3>
          <p class="nl-paragraph">{t('exchange:documentation.pdf.text')}</p>
          <ReportButton workshopId={workshopId} hint={false} />
        </section>
        <section class="doc-choice" aria-labelledby="doc-bundle-title" data-choice="bundle">
          <h3 class="nl-heading nl-heading--level-3 doc-choice__title" id="doc-bundle-title">
            {t('exchange:documentation.bundle.title')}
          </h3>
          <p class="nl-paragraph">{t('exchange:documentation.bundle.text')}</p>
          <div class="row">
            <Button appearance="secondary" busy={bundleBusy && !sealing} disabled={bundleBusy || bothBusy || !w || signer === null} onClick={() => w && void bundle.run(w.title, signer ?? '')}>
              {bundleBusy && !sealing ? t('exchange:export.busy') : t('exchange:export.button')}
            </Button>
            <Button appearance="secondary" busy={sealing} disabled={bundleBusy || bothBusy || !w} onClick={() => setEncrypting(true)} data-encrypted-export-open>
              {sealing ? t('exchange:export.encrypted.busy') : t('exchange:export.encrypted.button')}
            </Button>
          </div>
          <EncryptedExportDialog open={encrypting} onClose={() => setEncrypting(false)} onExport={(p) => w && void bundle.run(w.title, signer ?? '', p)} />
          <BundleExportResult status={bundle.status} />
        </section>
        <section class="doc-choice" aria-labelledby="doc-html-title" data-choice="web">
          <h3 class="nl-heading nl-heading--level-3 doc-choice__title" id="doc-html-title">
            {t('exchange:documentation.html.title')}
          </h3>
          <p class="nl-paragraph">{t('exchange:documentation.html.text')}</p>
          <HtmlReportButton workshopId={workshopId} />
        </section>
        <RegisterSection workshopId={workshopId} />
        <AnonSection workshopId={workshopId} />
      </div>
    </div>
  );
}
