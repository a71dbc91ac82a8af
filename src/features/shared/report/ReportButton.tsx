// Why: the one place a facilitator asks for the report. It is made on this device in the
// workshop's language, offline too; the button shows how far it is, then saves the PDF (and
// offers the share sheet where the device has one). A failure says what happened in the
// interface language and changes nothing in the workshop.
import { useEffect, useState } from 'preact/hooks';
import type { WorkshopId } from '../../../domain/ids';
import { loadNamespaces, namespacesLoaded } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { Button } from '../../../ui/Button';
import './report-button.css';
import { ReportFailed, ReportMade } from './ReportOutcome';
import { useReport, type WorkingStep } from './use-report';

/** `hint`: the line under the button on where and how the report is made; off where the screen already says it. */
export function ReportButton({ workshopId, hint = true }: { workshopId: WorkshopId; hint?: boolean }) {
  const { t, lang } = useT();
  const [ready, setReady] = useState(() => namespacesLoaded(['report']));
  const { state, make } = useReport(workshopId);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadNamespaces(['report']).then(
      () => live && setReady(true),
      () => live && setReady(false),
    );
    return () => {
      live = false;
    };
  }, [ready, lang]);
  if (!ready) return null;

  const working = state.kind === 'working';
  return (
    <div class="report-button">
      {/* Not disabled while busy: a disabled button loses the focus (2.4.3); it says it is busy instead. */}
      <Button appearance="secondary" busy={working} aria-disabled={working || undefined} onClick={() => working || void make()}>
        {working ? t('report:button.busy') : t('report:button.label')}
      </Button>
      {hint && <p class="report-button__hint">{t('report:button.hint')}</p>}
      {state.kind === 'working' && <ReportProgress step={state.step} />}
      {state.kind === 'done' && <ReportMade blob={state.blob} fileName={state.fileName} share={state.share} title={state.title} />}
      {state.kind === 'failed' && <ReportFailed failure={state.failure} />}
    </div>
  );
}

/** How far a report is; `label` names a step before the report's own (signing a bundle). */
export function ReportProgress({ step: s, label: named }: { step: WorkingStep; label?: string }) {
  const { t } = useT();
  const label =
    named ??
    (s.step === 'loading'
      ? t('report:button.progress.loading')
      : s.step === 'photos'
        ? t('report:button.progress.photos', { done: s.done, total: s.total })
        : s.step === 'pages'
          ? t('report:button.progress.pages')
          : t('report:button.progress.saving'));
  const value = s.step === 'pages' ? s.done / Math.max(1, s.total) : s.step === 'saving' ? 1 : undefined;
  return (
    <div class="report-button__progress" role="status" aria-live="polite">
      <progress max={1} value={value} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
