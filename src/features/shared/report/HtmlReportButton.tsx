// Why: the web version of the report, for publishing on a website or reading on a phone: one
// self-contained HTML file made on this device, offline too, named like the PDF. Its code is
// loaded on the tap; a failure says so and changes nothing in the workshop.
import { useState } from 'preact/hooks';
import type { WorkshopId } from '../../../domain/ids';
import { useT } from '../../../i18n/use-t';
import { earlierSession } from '../../../storage/evaluation-repo';
import { readReportSource } from '../../../storage/report-repo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { downloadFile } from './save-file';

type State = { readonly kind: 'idle' | 'working' } | { readonly kind: 'done'; readonly blob: Blob; readonly fileName: string } | { readonly kind: 'failed'; readonly failure: 'notFound' | 'packMissing' | 'storage' | 'render' | 'load' };

export function HtmlReportButton({ workshopId }: { workshopId: WorkshopId }) {
  const { t } = useT();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const make = async () => {
    setState({ kind: 'working' });
    const mod = await import('../../../report/html/generate-html').catch(() => null);
    if (!mod) return setState({ kind: 'failed', failure: 'load' });
    try {
      const source = await readReportSource(workshopId);
      if (!source.ok) return setState({ kind: 'failed', failure: source.problem === 'not-found' ? 'notFound' : source.problem === 'pack-missing' ? 'packMissing' : 'storage' });
      const earlier = source.graph.workshop.kind === 'evaluation' ? await earlierSession(source.graph.workshop) : null;
      const made = await mod.generateHtmlReport(source.graph, source.pack, { appVersion: __APP_VERSION__, earlier });
      downloadFile(made.blob, made.fileName);
      setState({ kind: 'done', ...made });
    } catch (error) {
      console.error('DEDA Tafel: web report failed', error);
      setState({ kind: 'failed', failure: 'render' });
    }
  };
  const working = state.kind === 'working';
  return (
    <div class="report-button">
      <Button appearance="secondary" busy={working} disabled={working} onClick={() => void make()}>
        {working ? t('report:button.busy') : t('report:html.label')}
      </Button>
      {state.kind === 'done' && (
        <Alert type="ok" live>
          <p class="nl-paragraph">{t('report:button.done', { file: state.fileName })}</p>
          <div class="report-button__actions">
            <Button appearance="subtle" onClick={() => downloadFile(state.blob, state.fileName)}>
              {t('report:button.again')}
            </Button>
          </div>
        </Alert>
      )}
      {state.kind === 'failed' && (
        <Alert type="error" live>
          {t(`report:button.failed.${state.failure}`)}
        </Alert>
      )}
    </div>
  );
}
