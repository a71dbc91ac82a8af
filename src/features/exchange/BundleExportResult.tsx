// Why: what became of a bundle export, said where the button is: shared, saved (and where),
// cancelled, encrypted, signed with a key that lasts only this session, or why it was not made.
import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import type { ExportFailure } from './export-flow';
import { markupPlace } from './markup-place';
import { refusalText, tx } from './tx';
import type { BundleExportStatus } from './use-bundle-export';

export function exportFailureText(f: ExportFailure): string {
  // A full disk or a closed database is said as such: the key itself is not the trouble then.
  if (f.kind === 'storage' && (f.problem === 'quota' || f.problem === 'closed')) return tx(`export.failed.${f.problem}`);
  if (f.kind !== 'refused') return tx(`export.failed.${f.kind}`, f.kind === 'pack-missing' ? { title: f.title } : {});
  const r = f.refusal;
  // Text that looks like code is the one refusal the person can fix here: say where it is.
  const text = r.kind === 'markup' ? tx('export.markup.message', { place: tx(`export.markup.places.${markupPlace(r.path)}`), excerpt: r.excerpt }) : `${tx('export.failed.refused')} ${refusalText(r)}`;
  return f.title ? `${f.title}: ${text}` : text;
}

export function BundleExportResult({ status }: { status: BundleExportStatus }) {
  const { t } = useT();
  return (
    <div aria-live="polite">
      {status.kind === 'done' && (
        <Alert type={status.how === 'cancelled' ? 'info' : 'ok'}>
          <span data-export-result={status.how} data-encrypted={status.encrypted || undefined}>
            {status.how === 'cancelled'
              ? t('exchange:export.cancelled')
              : status.encrypted
                ? status.how === 'downloaded'
                  ? t('exchange:export.encrypted.downloaded', { name: status.name })
                  : t('exchange:export.encrypted.shared')
                : status.how === 'downloaded'
                  ? t('exchange:export.downloaded', { name: status.name })
                  : t('exchange:export.shared')}
          </span>
        </Alert>
      )}
      {status.kind === 'done' && status.sessionKey && <Alert type="warning">{t('exchange:export.sessionKey')}</Alert>}
      {status.kind === 'failed' && <Alert type="error">{exportFailureText(status.failure)}</Alert>}
    </div>
  );
}
