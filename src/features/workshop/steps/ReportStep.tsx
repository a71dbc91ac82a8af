// Why: DEDA's last step is documentation. Here the session leaves the tablet, made on this
// device and offline too: a PDF report for the ethics committee, the council or the archive,
// a signed bundle that opens on another device and proves it was not altered, or both at once
// with the report naming the bundle. The choices themselves load with their own code.
import { DocumentationPanel } from '../../exchange/DocumentationPanel';
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
      <DocumentationPanel workshopId={workshop.id} />
    </section>
  );
}
