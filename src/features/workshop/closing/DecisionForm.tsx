// Why: the decision itself: the outcome, the reasons, who decided, when, and who disagreed.
// It is recorded on purpose (a button), not while typing, because the rules check it: "go"
// with open conditions is refused here with the reason and the conditions that block it, and
// "go" or "go under conditions" while questions, preconditions or key roles are open needs a
// sentence why, which is added to the rationale as a marked paragraph (see decision-check).
// What is typed is kept as a draft on the device until it is recorded.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from '../../../shell/Link';
import { showNotice } from '../../../shell/notices';
import type { ActionPoint } from '../../../domain/action-point';
import { OUTCOMES, type Decision, type Dissent, type Outcome } from '../../../domain/decision';
import { goAheadProblem, goesAhead, needsGoAheadReason, splitGoAhead, withGoAhead, type OpenItems } from '../../../domain/decision-check';
import { refusalFor, type DecisionRefusal } from '../../../domain/decision-rules';
import { newId, type DissentId } from '../../../domain/ids';
import { isIsoDate, todayIso, type IsoDate } from '../../../domain/time';
import { GO_AHEAD_HEADINGS, GO_AHEAD_REASON_LABELS } from '../../../i18n/go-ahead-texts';
import { useT } from '../../../i18n/use-t';
import { recordDecision, type DecisionDraft } from '../../../storage/decision-repo';
import { dropDraft, keepDraft, readDraft } from '../../../storage/drafts';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { focusAfter } from '../../../ui/focus-after';
import { TextField } from '../../../ui/TextField';
import { sectionHref } from '../sections';
import { useWorkshopData } from '../workshop-context';
import { OpenItemsPanel, useGoAheadWords } from './OpenItemsPanel';

/** `goAhead`: why the group goes ahead while things are open (kept apart while typing). */
/** `startedFrom`: when the decision this form began from was recorded (null: none), to notice one recorded elsewhere meanwhile. */
type Form = { outcome: Outcome | null; rationale: string; goAhead: string; decidedBy: string; date: IsoDate | null; dissent: Dissent[]; startedFrom: string | null };
type Problem = DecisionRefusal | { kind: 'outcome-required' } | { kind: 'go-ahead-reason-required' } | { kind: 'storage'; text: string };

function fromDecision(d: Decision | null): Form {
  if (!d) return { outcome: null, rationale: '', goAhead: '', decidedBy: '', date: todayIso(), dissent: [], startedFrom: null };
  // The marked paragraph goes back into its own field, so changing the decision replaces it.
  const split = splitGoAhead(d.rationale, GO_AHEAD_HEADINGS, GO_AHEAD_REASON_LABELS);
  return { outcome: d.outcome, rationale: split.rationale, goAhead: split.reason, decidedBy: d.decidedBy, date: d.date, dissent: [...d.dissent], startedFrom: d.recordedAt };
}

function readForm(key: string): Form | null {
  const raw = readDraft(key);
  if (!raw) return null;
  try {
    const f = JSON.parse(raw) as Form;
    // A draft from before the go-ahead field has none.
    return typeof f === 'object' && f !== null && Array.isArray(f.dissent) ? { ...f, goAhead: typeof f.goAhead === 'string' ? f.goAhead : '', startedFrom: typeof f.startedFrom === 'string' ? f.startedFrom : null } : null;
  } catch {
    return null;
  }
}

function Refusal({ problem }: { problem: Problem }) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  if (problem.kind === 'open-conditions')
    return (
      <Alert type="error" live>
        <p class="refusal__title">{t('decision:decision.refused.open-conditions', { count: problem.open.length })}</p>
        <p>{t('decision:decision.refused.open-conditionsBody')}</p>
        <ul class="refusal__list">
          {problem.open.map((p: ActionPoint) => (
            <li key={p.id}>
              {p.title} ({t(`decision:status.${p.status}`)})
            </li>
          ))}
        </ul>
        <Link class="nl-link" href={sectionHref(workshop.id, 'actions')}>
          {t('decision:decision.toActions')}
        </Link>
      </Alert>
    );
  if (problem.kind === 'go-ahead-reason-required') return null; // said at the field itself
  const text = problem.kind === 'outcome-required' ? t('decision:decision.outcomeRequired') : problem.kind === 'storage' ? problem.text : t(`decision:decision.refused.${problem.kind}`);
  return (
    <Alert type="error" live>
      {text}
    </Alert>
  );
}

/**
 * `onTyped`: the person changed something in this form (the step keeps it on screen even when
 * another tab records a decision meanwhile); `onFinished`: recorded or cancelled.
 */
export function DecisionForm({ items, onCancel, onTyped, onFinished }: { items: OpenItems; onCancel?: () => void; onTyped?: () => void; onFinished?: () => void }) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const goAheadWords = useGoAheadWords();
  const goAheadField = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const key = `${workshop.id}:decision-form`;
  const [form, setForm] = useState<Form>(() => readForm(key) ?? fromDecision(workshop.decision));
  const [problem, setProblem] = useState<Problem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const set = (change: Partial<Form>) => {
    const next = { ...form, ...change };
    setForm(next);
    setProblem(null);
    keepDraft(key, JSON.stringify(next));
    onTyped?.();
  };
  useEffect(() => {
    if (problem?.kind === 'go-ahead-reason-required') goAheadField.current?.focus();
    else if (problem) problemRef.current?.scrollIntoView({ block: 'nearest' });
  }, [problem]);

  const record = async () => {
    if (!form.outcome) return setProblem({ kind: 'outcome-required' });
    // The rules first (open conditions, a rationale), then what is still open.
    const refusal = refusalFor(form.outcome, form.rationale, items.openConditions);
    if (refusal) return setProblem(refusal);
    if (goAheadProblem(form.outcome, items, form.goAhead)) return setProblem({ kind: 'go-ahead-reason-required' });
    const rationale = needsGoAheadReason(form.outcome, items) ? withGoAhead(form.rationale, form.goAhead, goAheadWords(items)) : form.rationale;
    const draft: DecisionDraft = { outcome: form.outcome, rationale, decidedBy: form.decidedBy, date: form.date, dissent: form.dissent };
    // The draft goes first: once the decision is stored the step shows the record, not this form.
    const typed = readDraft(key);
    dropDraft(key);
    focusAfter('#recorded-title');
    const r = await recordDecision(workshop.id, draft);
    if (!r.ok && typed !== null) keepDraft(key, typed);
    if (r.ok) {
      setProblem(null);
      onFinished?.();
      showNotice({ id: 'decision-recorded', text: t('decision:decision.recorded'), tone: 'info', dismissible: true, timeoutMs: 6000, actions: [] });
    } else if ('refused' in r) setProblem(r.refused);
    else setProblem({ kind: 'storage', text: t(`storage.problem.${r.problem}`) });
  };
  const setDissent = (id: DissentId, change: Partial<Dissent>) => set({ dissent: form.dissent.map((d) => (d.id === id ? { ...d, ...change } : d)) });

  return (
    <form
      class="panel decision-form"
      noValidate
      aria-labelledby="decision-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void record();
      }}
    >
      <h3 class="nl-heading nl-heading--level-2" id="decision-form-title">
        {workshop.decision ? t('decision:decision.update') : t('decision:decision.record')}
      </h3>
      {workshop.decision && workshop.decision.recordedAt !== form.startedFrom && (
        <div role="alert">
          <Alert type="warning">{t('decision:decision.recordedElsewhere', { outcome: t(`decision:decision.outcomes.${workshop.decision.outcome}`) })}</Alert>
        </div>
      )}
      <fieldset class="utrecht-form-fieldset">
        <legend class="utrecht-form-fieldset__legend">{t('decision:decision.outcome')}</legend>
        <div class="outcomes">
          {OUTCOMES.map((o) => (
            <label key={o} class={`outcome outcome--${o}`}>
              <input type="radio" class="choice__input" name="outcome" value={o} checked={form.outcome === o} onChange={() => set({ outcome: o })} />
              <span>
                <strong class="outcome__label">{t(`decision:decision.outcomes.${o}`)}</strong>
                <span class="outcome__hint">{t(`decision:decision.outcomeHints.${o}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField label={t('decision:decision.rationale')} description={t('decision:decision.rationaleHint')} value={form.rationale} onInput={(rationale) => set({ rationale })} multiline rows={4} maxLength={20_000} />
      {goesAhead(form.outcome) && (
        <OpenItemsPanel
          outcome={form.outcome}
          items={items}
          reason={form.goAhead}
          onReason={(goAhead) => set({ goAhead })}
          error={problem?.kind === 'go-ahead-reason-required' ? t('decision:decision.check.reasonRequired') : null}
          fieldRef={(el) => {
            goAheadField.current = el;
          }}
        />
      )}
      <div class="field-grid">
        <TextField label={t('decision:decision.decidedBy')} description={t('decision:decision.decidedByHint')} value={form.decidedBy} onInput={(decidedBy) => set({ decidedBy })} maxLength={500} />
        <TextField label={t('decision:decision.date')} type="date" value={form.date ?? ''} onInput={(v) => set({ date: isIsoDate(v) ? v : null })} />
      </div>
      <fieldset class="utrecht-form-fieldset dissent">
        <legend class="utrecht-form-fieldset__legend">{t('decision:decision.dissentTitle')}</legend>
        <p class="subtle dissent__hint">{t('decision:decision.dissentHint')}</p>
        {form.dissent.length > 0 && (
          <ul class="plain-list dissent__list">
            {form.dissent.map((d) => (
              <li key={d.id} class="dissent__item">
                <TextField label={t('decision:decision.dissentWho')} value={d.who} onInput={(who) => setDissent(d.id, { who })} maxLength={200} />
                <TextField label={t('decision:decision.dissentReason')} value={d.reason} onInput={(reason) => setDissent(d.id, { reason })} multiline rows={2} maxLength={20_000} />
                <Button appearance="subtle" danger onClick={() => set({ dissent: form.dissent.filter((x) => x.id !== d.id) })} aria-label={t('decision:decision.dissentRemoveLabel', { who: d.who || '…' })}>
                  {t('decision:decision.dissentRemove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <Button appearance="secondary" onClick={() => set({ dissent: [...form.dissent, { id: newId<DissentId>(), who: '', reason: '' }] })}>
          <span aria-hidden="true">+</span> {t('decision:decision.dissentAdd')}
        </Button>
      </fieldset>
      <div ref={problemRef} class="decision-form__problem">
        {problem && <Refusal problem={problem} />}
      </div>
      <div class="row">
        <Button appearance="primary" type="submit" class="decision-form__submit">
          {workshop.decision ? t('decision:decision.update') : t('decision:decision.record')}
        </Button>
        {onCancel && (
          <Button
            appearance="subtle"
            onClick={() => {
              dropDraft(key);
              onFinished?.();
              onCancel();
            }}
          >
            {t('actions.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
