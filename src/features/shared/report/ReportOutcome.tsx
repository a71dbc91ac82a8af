// Why: the PDF and the web version of the report end the same way: a file was saved (save it
// again, share it where the device can) or making it failed (say why, in the interface's
// language). One place for both, so the two buttons read alike.
import { useT } from '../../../i18n/use-t';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { downloadFile, shareFile } from './save-file';
import type { Failure } from './use-report';

export function ReportMade({ blob, fileName, share = null, title = '' }: { blob: Blob; fileName: string; share?: File | null; title?: string }) {
  const { t } = useT();
  return (
    <Alert type="ok" live>
      <p class="nl-paragraph">{t('report:button.done', { file: fileName })}</p>
      <div class="report-button__actions">
        <Button appearance="subtle" onClick={() => downloadFile(blob, fileName)}>
          {t('report:button.again')}
        </Button>
        {share && (
          <Button appearance="subtle" onClick={() => void shareFile(share, title)}>
            {t('report:button.share')}
          </Button>
        )}
      </div>
    </Alert>
  );
}

export function ReportFailed({ failure }: { failure: Failure }) {
  const { t } = useT();
  return (
    <Alert type="error" live>
      {t(`report:button.failed.${failure}`)}
    </Alert>
  );
}
