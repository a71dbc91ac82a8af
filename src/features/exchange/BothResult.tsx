// Why: the report and the bundle made together, said where the button is: how far it is, a
// second tap when the share sheet needs one, where the two files went and which fingerprint
// the report names, or why nothing was made (and that nothing left the device).
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ReportProgress } from '../shared/report/ReportButton';
import { exportFailureText } from './BundleExportResult';
import type { BothFailure } from './both-flow';
import type { useBothExport } from './use-both-export';

type Both = ReturnType<typeof useBothExport>;

export function BothResult({ both }: { both: Both }) {
  const { t } = useT();
  const s = both.state;
  // The button that started it is hidden while the files wait: the next tap moves to the share button.
  const shareButton = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (s.kind === 'ready') shareButton.current?.querySelector('button')?.focus();
  }, [s.kind]);
  const failure = (f: BothFailure) =>
    f.part === 'bundle' ? exportFailureText(f.failure) : f.part === 'report' ? t(`report:button.failed.${f.failure}`) : t('exchange:documentation.both.unexpected');
  return (
    <>
      {s.kind === 'working' && <ReportProgress step={s.step.step === 'bundle' ? { step: 'loading' } : s.step} label={s.step.step === 'bundle' ? t('exchange:documentation.both.signing') : undefined} />}
      <div aria-live="polite" class="doc-choice__result">
        {s.kind === 'ready' && (
          <Alert type="info">
            <p class="nl-paragraph">{t('exchange:documentation.both.ready')}</p>
            <div class="doc-choice__actions" ref={shareButton}>
              <Button appearance="primary" onClick={() => both.share(s)}>
                {t('exchange:documentation.both.share')}
              </Button>
              <Button appearance="subtle" onClick={() => both.save(s)}>
                {t('exchange:documentation.both.save')}
              </Button>
            </div>
          </Alert>
        )}
        {s.kind === 'done' && (
          <Alert type={s.how === 'cancelled' ? 'info' : 'ok'}>
            <p class="nl-paragraph" data-both-result={s.how}>
              {s.how === 'downloaded' ? t('exchange:documentation.both.downloaded', { report: s.names[0] ?? '', bundle: s.names[1] ?? '' }) : t(`exchange:documentation.both.${s.how}`)}
            </p>
            {s.how !== 'cancelled' && (
              <>
                <p class="nl-paragraph">{t('exchange:documentation.both.match')}</p>
                <dl class="proof">
                  <dt>{t('exchange:documentation.both.signer')}</dt>
                  <dd class="fingerprint" data-both-fingerprint>
                    {s.fingerprint}
                  </dd>
                  <dt>{t('exchange:documentation.both.sha256')}</dt>
                  <dd class="fingerprint" data-both-sha256>
                    {s.sha256}
                  </dd>
                </dl>
              </>
            )}
          </Alert>
        )}
        {s.kind === 'done' && s.sessionKey && <Alert type="warning">{t('exchange:export.sessionKey')}</Alert>}
      </div>
      {s.kind === 'failed' && (
        <Alert type="error" live>
          {failure(s.failure)} {t('exchange:documentation.both.nothingLeft')}
        </Alert>
      )}
    </>
  );
}
