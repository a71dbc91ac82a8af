// Why: before an anonymised copy leaves, the facilitator must see what is replaced by what
// ("Łukasz Wróbel → privacyfunctionaris 1") and read the texts as they will come out, so a name
// the rule did not recognise (a nickname, a misspelling) is caught by a person. The choices say
// what of the context may come along; everything else is left out.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { anonymise, DEFAULT_ANONYMISE, type AnonLabels, type AnonymiseOptions } from '../../../domain/anonymise';
import type { WorkshopId } from '../../../domain/ids';
import type { IsoDateTime } from '../../../domain/time';
import { copyGraph, type WorkshopGraph } from '../../../domain/workshop-graph';
import { ANON_EXTENSION, anonymisedFile, anonymisedJson } from '../../../exchange/anonymised';
import { useT } from '../../../i18n/use-t';
import { readGraphForEntry } from '../../../storage/export-repo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { downloadFile } from '../../shared/report/save-file';
import { fileNameFor } from '../export-flow';
import { errorWords } from '../import-flow';
import { anonLabels } from './anon-labels';
import './anon.css';

type Loaded = { readonly graph: WorkshopGraph; readonly labels: AnonLabels } | null;
type Outcome = { readonly kind: 'idle' | 'busy' } | { readonly kind: 'saved'; readonly name: string } | { readonly kind: 'failed'; readonly reason: string };

const CHOICES = ['keepOrganisation', 'keepPlace', 'keepFacilitator', 'keepPhotos'] as const;

export function AnonPanel({ workshopId }: { workshopId: WorkshopId }) {
  const { t } = useT();
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [options, setOptions] = useState<AnonymiseOptions>(DEFAULT_ANONYMISE);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const graph = await readGraphForEntry(workshopId);
      if (!graph || !live) return;
      const labels = await anonLabels(graph.workshop.lang);
      if (live) setLoaded({ graph, labels });
    })();
    return () => {
      live = false;
    };
  }, [workshopId]);

  const result = useMemo(() => (loaded ? anonymise(loaded.graph, loaded.labels, options) : null), [loaded, options]);
  if (!loaded || !result) return <p class="nl-paragraph">{t('exchange:anon.busy')}</p>;

  const save = async () => {
    setOutcome({ kind: 'busy' });
    try {
      // Fresh ids (references rewritten), so the copy cannot be matched record by record with the workshop's bundle.
      const now = new Date().toISOString() as IsoDateTime;
      const fresh = copyGraph({ ...result.graph, workshop: { ...result.graph.workshop, evaluationOf: null } }, { now, title: result.graph.workshop.title });
      const file = await anonymisedFile(fresh, { createdAt: now, appVersion: __APP_VERSION__ });
      const name = fileNameFor(result.graph.workshop.title, null, new Date().toISOString().slice(0, 10)).replace(/\.deda\.json$/, '') + ANON_EXTENSION;
      downloadFile(new Blob([anonymisedJson(file)], { type: 'application/json' }), name);
      setOutcome({ kind: 'saved', name });
    } catch (e) {
      setOutcome({ kind: 'failed', reason: errorWords(e) });
    }
  };

  const texts = [...result.graph.notes.map((n) => n.text), ...result.graph.actionPoints.map((a) => a.title)].filter((s) => s.trim() !== '');
  return (
    <div class="anon stack" data-anon-panel>
      <fieldset class="utrecht-form-fieldset">
        <legend class="utrecht-form-fieldset__legend">{t('exchange:anon.choices')}</legend>
        {CHOICES.map((c) => (
          <div key={c} class="utrecht-form-field utrecht-form-field--checkbox anon__choice">
            <input id={`anon-${c}`} type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" checked={options[c]} onChange={(e) => setOptions({ ...options, [c]: e.currentTarget.checked })} />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={`anon-${c}`}>
              {t(`exchange:anon.${c}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <h4 class="nl-heading nl-heading--level-4">{t('exchange:anon.preview')}</h4>
      <p class="nl-paragraph">{t('exchange:anon.previewHint')}</p>
      {result.replacements.length === 0 ? (
        <p class="nl-paragraph">{t('exchange:anon.none')}</p>
      ) : (
        <ul class="anon__list" data-anon-preview>
          {result.replacements.map((r) => (
            <li key={`${r.kind}:${r.from}`}>
              <span lang={loaded.graph.workshop.lang}>{r.from}</span> → <strong lang={loaded.graph.workshop.lang}>{r.to}</strong>
              {r.inText > 0 && <span class="anon__count"> ({t('exchange:anon.times', { count: r.inText })})</span>}
            </li>
          ))}
        </ul>
      )}
      {texts.length > 0 && (
        <details class="anon__texts">
          <summary>{t('exchange:anon.texts', { count: texts.length })}</summary>
          <ul lang={loaded.graph.workshop.lang} data-anon-texts>
            {texts.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </details>
      )}
      <div>
        <Button appearance="primary" busy={outcome.kind === 'busy'} disabled={outcome.kind === 'busy'} onClick={() => void save()} data-anon-save>
          {outcome.kind === 'busy' ? t('exchange:anon.busy') : t('exchange:anon.download')}
        </Button>
      </div>
      {outcome.kind === 'saved' && (
        <p class="nl-paragraph" role="status">
          {t('exchange:anon.saved', { name: outcome.name })}
        </p>
      )}
      {outcome.kind === 'failed' && (
        <Alert type="error" live>
          {t('exchange:anon.failed', { reason: outcome.reason })}
        </Alert>
      )}
    </div>
  );
}
