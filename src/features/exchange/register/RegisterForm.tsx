// Why: the Algoritmeregister entry, filled from the workshop (domain/register), with the short
// form for what the workshop cannot know and every prefilled text open to editing. Export
// checks every field first: it lists what is missing, too long or not allowed per field, in
// words, and puts the focus on the first problem; only a clean record is saved as a file.
// Loaded only when the facilitator opens it, so none of it reaches the first load.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import './register.css';
import type { WorkshopId } from '../../../domain/ids';
import { ASKED_FIELDS, PREFILLED_TEXT_FIELDS, type AskedField, type PrefilledTextField, type RegisterField } from '../../../domain/register/standard';
import { checkRegister, prefill, registerFileName, registerJson, toRegister, type RegisterProblem } from '../../../domain/register/to-register';
import type { WorkshopGraph } from '../../../domain/workshop-graph';
import { findMarkup } from '../../../exchange/markup';
import { useT } from '../../../i18n/use-t';
import { readGraphForEntry } from '../../../storage/export-repo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { downloadFile } from '../../shared/report/save-file';
import { RegisterChoices } from './RegisterChoices';
import { RegisterTextField } from './RegisterTextField';
import { useRegisterDraft } from './use-register-draft';

type Loaded = { readonly kind: 'loading' } | { readonly kind: 'failed' } | { readonly kind: 'ready'; readonly graph: WorkshopGraph };
type Outcome = { readonly kind: 'none' } | { readonly kind: 'problems'; readonly problems: readonly RegisterProblem[] } | { readonly kind: 'saved'; readonly name: string } | { readonly kind: 'failed' };

/** The form's order: what is asked first, then the texts; a problem list follows it. */
const FORM_ORDER: readonly RegisterField[] = [...ASKED_FIELDS, ...PREFILLED_TEXT_FIELDS];
const isText = (f: RegisterField): f is PrefilledTextField => (PREFILLED_TEXT_FIELDS as readonly string[]).includes(f);

export function RegisterForm({ workshopId }: { workshopId: WorkshopId }) {
  const { t } = useT();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    // The entry needs no questions, so a workshop whose pack is not on this device still has one.
    readGraphForEntry(workshopId).then(
      (graph) => live && setLoaded(graph ? { kind: 'ready', graph } : { kind: 'failed' }),
      () => live && setLoaded({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [workshopId]);

  if (loaded.kind === 'loading') return <p class="nl-paragraph subtle" role="status">{t('exchange:register.loading')}</p>;
  if (loaded.kind === 'failed') return <Alert type="error" live>{t('exchange:register.loadFailed')}</Alert>;
  return <RegisterFormBody workshopId={workshopId} graph={loaded.graph} />;
}

function RegisterFormBody({ workshopId, graph }: { workshopId: WorkshopId; graph: WorkshopGraph }) {
  const { t } = useT();
  const [answers, update] = useRegisterDraft(workshopId);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const filled = useMemo(() => prefill(graph), [graph]);
  const record = useMemo(() => toRegister(graph, answers), [graph, answers]);
  const elements = useRef(new Map<RegisterField, HTMLInputElement | HTMLTextAreaElement>());
  const refOf = (field: RegisterField) => (el: HTMLInputElement | HTMLTextAreaElement | null) => {
    if (el) elements.current.set(field, el);
    else elements.current.delete(field);
  };

  // After a try, the problems follow what is typed, so a fixed field stops being named.
  const shown = outcome.kind === 'problems' ? checkRegister(record, findMarkup) : [];
  const label = (f: RegisterField) => t(`exchange:register.fields.${f as AskedField | PrefilledTextField}`);
  const words = (p: RegisterProblem): string => {
    const field = label(p.field);
    if (p.problem === 'too-long') return t('exchange:register.problems.too-long', { field, max: p.max });
    if (p.problem === 'required') return t('exchange:register.problems.required', { field });
    if (p.field === 'contact_email' || p.field === 'website' || p.field === 'begin_date') return t(`exchange:register.problems.not-allowed-hint.${p.field}`, { field });
    return isText(p.field) ? t('exchange:register.problems.not-allowed-hint.text', { field }) : t('exchange:register.problems.not-allowed', { field });
  };
  const errorOf = (field: RegisterField) => {
    const p = shown.find((x) => x.field === field);
    return p ? words(p) : null;
  };
  const ordered = [...shown].sort((a, b) => FORM_ORDER.indexOf(a.field) - FORM_ORDER.indexOf(b.field));

  const exportFile = () => {
    const problems = checkRegister(record, findMarkup).sort((a, b) => FORM_ORDER.indexOf(a.field) - FORM_ORDER.indexOf(b.field));
    if (problems.length > 0) {
      setOutcome({ kind: 'problems', problems });
      const first = problems[0];
      if (first) elements.current.get(first.field)?.focus();
      return;
    }
    try {
      const w = graph.workshop;
      const name = registerFileName(w.title, w.date, new Date().toISOString().slice(0, 10));
      downloadFile(new Blob([registerJson(record)], { type: 'application/json;charset=utf-8' }), name);
      setOutcome({ kind: 'saved', name });
    } catch (error) {
      console.error('DEDA Tafel: register file failed', error);
      setOutcome({ kind: 'failed' });
    }
  };

  return (
    <form
      class="register-form"
      noValidate
      aria-labelledby="register-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        exportFile();
      }}
    >
      <h4 class="nl-heading nl-heading--level-4" id="register-form-title">
        {t('exchange:register.asked')}
      </h4>
      <RegisterChoices answers={answers} update={update} errorOf={errorOf} refOf={refOf} />

      <h4 class="nl-heading nl-heading--level-4">{t('exchange:register.texts')}</h4>
      <p class="nl-paragraph">{t('exchange:register.textsHint')}</p>
      <Alert type="warning">{t('exchange:register.public')}</Alert>
      {PREFILLED_TEXT_FIELDS.map((f) => {
        const edited = answers.texts[f] !== undefined;
        return (
          <RegisterTextField
            key={f}
            field={f}
            value={answers.texts[f] ?? filled[f]}
            edited={edited}
            onInput={(v) => update({ texts: { ...answers.texts, [f]: v } })}
            onReset={() => {
              const { [f]: _gone, ...rest } = answers.texts;
              update({ texts: rest });
              elements.current.get(f)?.focus();
            }}
            error={errorOf(f)}
            inputRef={refOf(f)}
          />
        );
      })}

      <div class="register-export">
        {ordered.length > 0 && (
          <div role="alert" class="register-problems" data-register-problems>
            <Alert type="error">
              <p class="nl-paragraph">{t('exchange:register.problems.title', { count: ordered.length })}</p>
              <ul class="register-problems__list">
                {ordered.map((p) => (
                  <li key={p.field}>
                    <button type="button" class="register-problems__link" onClick={() => elements.current.get(p.field)?.focus()}>
                      {words(p)}
                    </button>
                  </li>
                ))}
              </ul>
            </Alert>
          </div>
        )}
        <Button appearance="primary" type="submit" data-register-export>
          {t('exchange:register.export')}
        </Button>
        {outcome.kind === 'saved' && (
          <Alert type="ok" live>
            {t('exchange:register.saved', { name: outcome.name })}
          </Alert>
        )}
        {outcome.kind === 'failed' && (
          <Alert type="error" live>
            {t('exchange:register.failed')}
          </Alert>
        )}
      </div>
    </form>
  );
}
