// Why: the facilitator sees, next to the export buttons, whether this workshop ever left the
// device and whether it changed since: the same reminder the home screen gives.
import type { Workshop } from '../../domain/workshop';
import { needsExport } from '../../domain/workshop';
import { useT } from '../../i18n/use-t';
import { formatMoment } from '../../i18n/format';

export function ExportStateLine({ workshop: w }: { workshop: Workshop }) {
  const { t, lang } = useT();
  return (
    <p class="nl-paragraph subtle" data-export-state={needsExport(w) ? 'needed' : 'current'}>
      {w.lastExportedAt ? t('exchange:export.lastExported', { date: formatMoment(w.lastExportedAt, lang) }) : t('exchange:export.neverExported')}
      {w.lastExportedAt && needsExport(w) && <> {t('exchange:export.changedSince')}</>}
    </p>
  );
}
