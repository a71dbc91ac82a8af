// Why: before anything is saved, the person sees what the bundle holds, who signed it, and,
// when the workshop is already here, decides what happens. Text from the file is shown as
// text only (Preact escapes it); nothing from it is ever used as markup or as a link.
// A known name under a key this device does not know comes first, as a warning, and then
// importing is not the default: it takes a confirmation, and trusting the key another one.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import type { PreparedImport } from '../../storage/import-repo';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatDate, formatMoment } from '../../i18n/format';
import { ConflictPanel, type ConflictChoice } from './ConflictPanel';
import { MergePanel } from './MergePanel';
import type { Choices, Conflict, Winner } from '../../domain/merge';
import { NameWarning } from './NameWarning';
import { SignerPanel } from './SignerPanel';

type Props = {
  name: string;
  prepared: PreparedImport;
  busy: boolean;
  onImport: (choice: ConflictChoice | 'new', trust: boolean, merge: Choices) => void;
  onCancel: () => void;
};

export function ImportPreview({ name, prepared, busy, onImport, onCancel }: Props) {
  const { t, lang } = useT();
  const { bundle, incoming, existing, signerStatus, sameName } = prepared;
  const w = bundle.graph.workshop;
  const [trust, setTrust] = useState(false);
  const [choice, setChoice] = useState<ConflictChoice | null>(null);
  const [mergeChoices, setMergeChoices] = useState<Choices>({});
  const chooseSide = (key: Conflict['key'], w: Winner) => setMergeChoices((c) => ({ ...c, [key]: w }));
  const [confirmed, setConfirmed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const warningHeading = useRef<HTMLHeadingElement>(null);
  const impostor = signerStatus === 'name-of-another-key';
  // The warning is what must be read first, also by a screen reader.
  useEffect(() => (impostor ? warningHeading : heading).current?.focus(), [prepared, impostor]);
  // A pack without a title in the reader's language shows its Dutch one, marked as Dutch.
  const packTitle = bundle.pack.title[lang] || bundle.pack.title.nl;
  const packLang = bundle.pack.title[lang] ? undefined : 'nl';
  const needsChoice = existing.kind === 'same-workshop';
  const blocked = (needsChoice && choice === null) || (impostor && !confirmed);
  const intactText = impostor ? t('exchange:import.impostor.intact') : incoming.counts.attachments > 0 ? t('exchange:import.preview.intact') : t('exchange:import.preview.intactNoPhotos');
  const importButton = (
    <Button appearance={impostor ? 'secondary' : 'primary'} busy={busy} disabled={busy || blocked} onClick={() => onImport(needsChoice ? (choice ?? 'keep-both') : 'new', trust && (!impostor || confirmed), mergeChoices)}>
      {busy ? t('exchange:import.busy') : impostor ? t('exchange:import.impostor.import') : t('exchange:import.import')}
    </Button>
  );
  const cancelButton = (
    <Button appearance={impostor ? 'primary' : 'secondary'} onClick={onCancel} disabled={busy}>
      {t('exchange:import.cancel')}
    </Button>
  );

  return (
    <div class="stack">
      {impostor && <NameWarning signer={bundle.signer} sameName={sameName} headingRef={warningHeading} />}
      <section class="panel" aria-labelledby="preview-title">
        <h2 class="nl-heading nl-heading--level-2" id="preview-title" tabIndex={-1} ref={heading}>
          {t('exchange:import.preview.title')}
        </h2>
        <dl class="facts">
          <dt>{t('exchange:import.preview.file')}</dt>
          <dd>{name}</dd>
          <dt>{t('exchange:import.preview.workshop')}</dt>
          <dd data-preview-title lang={w.lang}>
            <strong>{w.title}</strong>
          </dd>
          {w.organisation && (
            <>
              <dt>{t('exchange:import.preview.organisation')}</dt>
              <dd lang={w.lang}>{w.organisation}</dd>
            </>
          )}
          {w.date && (
            <>
              <dt>{t('exchange:import.preview.date')}</dt>
              <dd>{formatDate(w.date, lang)}</dd>
            </>
          )}
          <dt>{t('exchange:import.preview.holds')}</dt>
          <dd data-preview-counts>{t('exchange:import.preview.counts', { ...incoming.counts })}</dd>
          <dt>{t('exchange:import.preview.changed')}</dt>
          <dd>{formatMoment(w.updatedAt, lang)}</dd>
          <dt>{t('exchange:import.preview.exported')}</dt>
          <dd>{formatMoment(bundle.exportedAt, lang)}</dd>
          <dt>{t('exchange:import.preview.pack')}</dt>
          <dd>
            <span lang={packLang}>{packTitle}</span> ({bundle.pack.version})
          </dd>
        </dl>
        <Alert type={impostor ? 'info' : 'ok'}>{intactText}</Alert>
      </section>

      <SignerPanel signer={bundle.signer} status={signerStatus} trust={trust} onTrust={setTrust} trustOffered={!impostor || confirmed} knownName={sameName[0]?.name ?? ''} />

      {existing.kind === 'same-workshop' && <ConflictPanel existing={existing} incoming={incoming} choice={choice} onChoose={setChoice} />}
      {choice === 'merge' && prepared.merge && <MergePanel preview={prepared.merge} lang={w.lang} choices={mergeChoices} onChoose={chooseSide} />}

      {impostor && (
        <label class="choice choice--confirm">
          <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} data-confirm-name />
          <span>{t('exchange:import.impostor.confirm')}</span>
        </label>
      )}

      <div class="row">
        {impostor ? (
          <>
            {cancelButton}
            {importButton}
          </>
        ) : (
          <>
            {importButton}
            {cancelButton}
          </>
        )}
      </div>
    </div>
  );
}
