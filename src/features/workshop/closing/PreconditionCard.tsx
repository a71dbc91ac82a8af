// Why: one of the five preconditions: what it means, the evidence the workshop recorded about
// it, and the group's own judgement (a state and the reason why, both required). The app
// proposes nothing; a proposal stored by an earlier version reads as "not yet judged". When
// the group judges it missing or partly in place, suggested action points follow.
import { useEffect, useRef, useState } from 'preact/hooks';
import { showNotice } from '../../../shell/notices';
import type { ActionPoint } from '../../../domain/action-point';
import type { Evidence } from '../../../domain/precondition-evidence';
import { JUDGED_STATES, judgedState, judgementOf, judgementReason, judgeProblem, type Judgement } from '../../../domain/precondition-rules';
import type { Precondition, PreconditionState } from '../../../domain/preconditions';
import { isProposalText } from '../../../i18n/proposal-texts';
import { useT } from '../../../i18n/use-t';
import { judgeAssessment, reopenAssessment } from '../../../storage/decision-repo';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { readDraft } from '../../../storage/drafts';
import { useKeptDraft } from '../use-kept-draft';
import { useWorkshopData } from '../workshop-context';
import { preconditionName } from '../../shared/closing-labels';
import { EvidenceList } from './EvidenceList';
import { SuggestionList } from './SuggestionList';

const ids = (p: Precondition) => ({ title: `pc-title-${p}`, evidence: `pc-evidence-${p}`, judge: `pc-judge-${p}` });

/**
 * Moves focus to the element with this id once it is on screen: a button the user pressed may
 * vanish with the next render (saved, withdrawn), and focus must not fall to <body>.
 */
function useFocusLater(): (id: string) => void {
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (pending === null) return;
    const el = document.getElementById(pending);
    if (!el) return; // not rendered yet: try again after the next render
    el.focus();
    setPending(null);
  });
  return setPending;
}

type JudgeDraft = { readonly state: PreconditionState | null; readonly reason: string };
const isJudgeDraft = (v: unknown): v is JudgeDraft => typeof v === 'object' && v !== null && typeof (v as JudgeDraft).reason === 'string';
/** Where a judgement being worded is kept until saved, so a reload loses none of the group's words. */
const judgeKey = (workshopId: string, p: Precondition) => `${workshopId}:judge:${p}`;

function Judge({ precondition, onDone }: { precondition: Precondition; onDone: () => void }) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const a = workshop.preconditions[precondition];
  // Starts on the group's own state when changing it; on nothing when judging for the first time.
  const kept = useKeptDraft<JudgeDraft>(judgeKey(workshop.id, precondition), () => ({ state: judgedState(a), reason: judgementReason(a, isProposalText) }), isJudgeDraft);
  const { state, reason } = kept.value;
  const setState = (next: PreconditionState | null) => kept.set({ ...kept.value, state: next });
  const setReason = (next: string) => kept.set({ ...kept.value, reason: next });
  const finish = () => {
    kept.drop();
    onDone();
  };
  const [error, setError] = useState<{ on: 'state' | 'reason'; text: string } | null>(null);
  const field = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const form = useRef<HTMLFormElement | null>(null);
  // The button that opened the form is gone: start on the chosen state, or the first one.
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input:checked, input[type=radio]')?.focus(), []);
  const name = preconditionName(precondition);
  const refuse = (on: 'state' | 'reason', text: string) => {
    setError({ on, text });
    // After this render the field carries the error; focus it so it is heard and can be typed in.
    requestAnimationFrame(() => (on === 'reason' ? field.current?.focus() : form.current?.querySelector<HTMLInputElement>('input[type=radio]')?.focus()));
  };
  const save = async () => {
    const problem = judgeProblem(state, reason);
    if (problem === 'state-required') return refuse('state', t('decision:preconditions.stateRequired'));
    if (problem === 'reason-required') return refuse('reason', t('decision:preconditions.reasonRequired'));
    const r = await judgeAssessment(workshop.id, precondition, state, reason);
    if (r.ok) finish();
    else refuse('reason', 'refused' in r ? t('decision:preconditions.reasonRequired') : t(`storage.problem.${r.problem}`));
  };
  return (
    <form
      ref={form}
      class="pc__judge"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset class="utrecht-form-fieldset" aria-describedby={error?.on === 'state' ? `pc-state-error-${precondition}` : undefined}>
        <legend class="utrecht-form-fieldset__legend">{t('decision:preconditions.stateLegend', { name })}</legend>
        <div class="segmented">
          {JUDGED_STATES.map((s) => (
            <label key={s} class={`segmented__option pc-state--${s}`}>
              <input type="radio" class="choice__input" name={`pc-${precondition}`} value={s} checked={state === s} onChange={() => { setState(s); setError(null); }} />
              <span>{t(`decision:preconditions.states.${s}`)}</span>
            </label>
          ))}
        </div>
        {error?.on === 'state' && (
          <p class="utrecht-form-field__error-message utrecht-form-field-error-message" id={`pc-state-error-${precondition}`} role="alert">
            {error.text}
          </p>
        )}
      </fieldset>
      <TextField
        label={t('decision:preconditions.reason')}
        description={t('decision:preconditions.reasonHint')}
        required
        value={reason}
        onInput={(v) => { setReason(v); setError(null); }}
        error={error?.on === 'reason' ? error.text : null}
        inputRef={(el) => { field.current = el; }}
        multiline
        rows={2}
        maxLength={20_000}
      />
      <div class="row">
        <Button appearance="primary" type="submit">
          {t('decision:preconditions.save')}
        </Button>
        <Button appearance="subtle" onClick={finish}>
          {t('actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** What the group decided: its state and its reason. */
function GroupJudgement({ judgement }: { judgement: Extract<Judgement, { kind: 'judged' }> }) {
  const { t } = useT();
  return (
    <div class="pc__group">
      <p class="pc__label">
        <span class="pc__check" aria-hidden="true">
          ✓{' '}
        </span>
        {t('decision:preconditions.confirmed')}: <strong>{t(`decision:preconditions.states.${judgement.state}`)}</strong>
      </p>
      {judgement.reason ? <p class="pc__reason prewrap">{judgement.reason}</p> : <p class="pc__no-reason">{t('decision:preconditions.noReason')}</p>}
    </div>
  );
}

export function PreconditionCard({ precondition: p, evidence, points }: { precondition: Precondition; evidence: readonly Evidence[] | null; points: readonly ActionPoint[] }) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  // A judgement half worded before a reload opens again with its words.
  const [judging, setJudging] = useState(() => readDraft(judgeKey(workshop.id, p)) !== null);
  const focusLater = useFocusLater();
  const id = ids(p);
  const a = workshop.preconditions[p];
  const judgement = judgementOf(a, isProposalText);
  const name = preconditionName(p);

  const closeJudge = () => {
    setJudging(false);
    focusLater(id.judge);
  };
  const reopen = async () => {
    const before = a;
    const r = await reopenAssessment(workshop.id, p);
    if (!r.ok) return;
    focusLater(id.judge);
    showNotice({
      id: `reopen-${p}`,
      text: t('decision:preconditions.reopened', { name }),
      tone: 'info',
      dismissible: true,
      timeoutMs: 10000,
      actions: [{ label: t('actions.undo'), primary: true, run: () => void reopenAssessment(workshop.id, p, before) }],
    });
  };

  return (
    <article class={`pc ${judgement.kind === 'judged' ? `pc--${judgement.state}` : 'pc--open'}`} aria-labelledby={id.title} data-precondition={p}>
      <header class="pc__head">
        <h3 class="pc__title" id={id.title}>
          {name}
        </h3>
        {judgement.kind === 'judged' ? (
          <span class={`pc__state pc__state--${judgement.state}`}>{t(`decision:preconditions.states.${judgement.state}`)}</span>
        ) : (
          <span class="pc__state pc__state--open">{t('decision:preconditions.notJudged')}</span>
        )}
      </header>
      <p class="pc__what">{t(`decision:preconditions.what.${p}`)}</p>
      {evidence && <EvidenceList evidence={evidence} labelledBy={id.evidence} />}
      {judgement.kind === 'judged' && <GroupJudgement judgement={judgement} />}
      {judging ? (
        <Judge precondition={p} onDone={closeJudge} />
      ) : (
        <div class="row">
          <Button
            id={id.judge}
            appearance={judgement.kind === 'judged' ? 'secondary' : 'primary'}
            onClick={() => setJudging(true)}
            aria-label={judgement.kind === 'judged' ? t('decision:preconditions.changeLabel', { name }) : t('decision:preconditions.judgeLabel', { name })}
          >
            {judgement.kind === 'judged' ? t('decision:preconditions.change') : t('decision:preconditions.judge')}
          </Button>
          {judgement.kind === 'judged' && (
            <Button appearance="subtle" onClick={() => void reopen()}>
              {t('decision:preconditions.reopen')}
            </Button>
          )}
        </div>
      )}
      <SuggestionList precondition={p} state={judgement.kind === 'judged' ? judgement.state : null} assessment={a} points={points} />
    </article>
  );
}
