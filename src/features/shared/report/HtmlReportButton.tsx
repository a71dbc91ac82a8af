// Why: the web version of the report, for publishing on a website or reading on a phone: one
// self-contained HTML file made on this device, offline too, named like the PDF. Its code is
// loaded on the tap; a failure says so and changes nothing in the workshop.
import { useState } from 'preact/hooks';
import type { WorkshopId } from '../../../domain/ids';
import { useT } from '../../../i18n/use-t';
import { earlierSession } from '../../../storage/evaluation-repo';
import { readReportSource } from '../../../storage/report-repo';
import { Button } from '../../../ui/Button';
import { ReportFailed, ReportMade } from './ReportOutcome';
import { downloadFile } from './save-file';
import { failureOfSource, type Failure } from './use-report';

type State = { readonly kind: 'idle' | 'working' } | { readonly kind: 'done'; readonly blob: Blob; readonly fileName: string } | { readonly kind: 'failed'; readonly failure: Failure };

export function HtmlReportButton({ workshopId }: { workshopId: WorkshopId }) {
  const { t } = useT();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const make = async () => {
    setState({ kind: 'working' });
    const mod = await import('../../../report/html/generate-html').catch(() => null);
    if (!mod) return setState({ kind: 'failed', failure: 'load' });
    try {
      const source = await readReportSource(workshopId);
      if (!source.ok) return setState({ kind: 'failed', failure: failureOfSource(source.problem) });
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
      {state.kind === 'done' && <ReportMade blob={state.blob} fileName={state.fileName} />}
      {state.kind === 'failed' && <ReportFailed failure={state.failure} />}
    </div>
  );
}
