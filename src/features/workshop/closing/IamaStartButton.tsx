// Why: the way from "an IAMA is advised" to a document the team works on: one tap makes the
// IAMA's first part, filled from this workshop, as a Word file. Its code loads on the tap; a
// failure says so and changes nothing.
import { useState } from 'preact/hooks';
import type { WorkshopId } from '../../../domain/ids';
import { useT } from '../../../i18n/use-t';
import { readReportSource } from '../../../storage/report-repo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { downloadFile } from '../../shared/report/save-file';

type State = { readonly kind: 'idle' | 'working' | 'failed' } | { readonly kind: 'done'; readonly fileName: string };

export function IamaStartButton({ workshopId }: { workshopId: WorkshopId }) {
  const { t } = useT();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const make = async () => {
    setState({ kind: 'working' });
    try {
      const [mod, source] = await Promise.all([import('../../../report/iama/generate-iama'), readReportSource(workshopId)]);
      if (!source.ok) return setState({ kind: 'failed' });
      const made = await mod.generateIamaStart(source.graph);
      downloadFile(made.blob, made.fileName);
      setState({ kind: 'done', fileName: made.fileName });
    } catch (error) {
      console.error('DEDA Tafel: IAMA start document failed', error);
      setState({ kind: 'failed' });
    }
  };
  const working = state.kind === 'working';
  return (
    <div class="iama-start">
      <Button appearance="secondary" busy={working} aria-disabled={working || undefined} onClick={() => working || void make()}>
        {t('decision:screening.iamaStart')}
      </Button>
      <p class="nl-paragraph subtle">{t('decision:screening.iamaStartHint')}</p>
      <div aria-live="polite">
        {state.kind === 'done' && <p class="nl-paragraph">{t('decision:screening.iamaStartMade', { name: state.fileName })}</p>}
        {state.kind === 'failed' && <Alert type="error">{t('decision:screening.iamaStartFailed')}</Alert>}
      </div>
    </div>
  );
}
