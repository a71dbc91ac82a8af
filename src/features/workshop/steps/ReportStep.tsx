// Why: DEDA's last step is documentation. Here the session leaves the tablet: as a PDF report
// for the ethics committee, the council or the archive, and as a signed bundle that opens on
// another device and proves it was not altered. Both are made on this device, offline too.
import { ExportPanel } from '../../exchange/ExportPanel';
import { ReportButton } from '../../report/ReportButton';
import { useT } from '../../../i18n/use-t';
import { StepIntro } from '../StepIntro';
import { useWorkshopData } from '../workshop-context';

export function ReportStep() {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  return (
    <section aria-labelledby="step-title" class="step">
      <StepIntro id="step-title" title={t('workshop:steps.report')} />
      <p class="nl-paragraph nl-paragraph--lead">{t('workshop:report.intro')}</p>
      <section class="panel" aria-labelledby="pdf-title">
        <h3 class="nl-heading nl-heading--level-2" id="pdf-title">
          {t('workshop:report.pdfTitle')}
        </h3>
        <p class="nl-paragraph">{t('workshop:report.pdfIntro')}</p>
        <ReportButton workshopId={workshop.id} />
      </section>
      <ExportPanel workshopId={workshop.id} />
    </section>
  );
}
