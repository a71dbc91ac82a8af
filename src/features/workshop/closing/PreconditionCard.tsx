// Why: one of the five preconditions: what it means, what the app proposes and on which
// fact, what the group decided (confirmed, or another state with the reason why), and the
// suggested action points when it is missing or partly in place.
import { useEffect, useRef, useState } from 'preact/hooks';
import { showNotice } from '../../../app/notices';
import type { ActionPoint } from '../../../domain/action-point';
import { effectiveState, judgementOf, judgementText, overrideProblem, type Judgement, type Proposal } from '../../../domain/precondition-rules';
import { PRECONDITION_STATES, type Precondition, type PreconditionState } from '../../../domain/preconditions';
import { isProposalText } from '../../../i18n/proposal-texts';
import { useT } from '../../../i18n/use-t';
import { confirmProposal, overrideAssessment, reopenAssessment } from '../../../storage/decision-repo';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { useWorkshopData } from '../workshop-context';
import { preconditionName } from './closing-labels';
import { SuggestionList } from './SuggestionList';

const ids = (p: Precondition) => ({ title: `pc-title-${p}`, confirm: `pc-confirm-${p}`, override: `pc-override-${p}` });

/**
 * Moves focus to the element with this id once it is on screen: a button the user pressed may
 * vanish with the next render (confirmed, saved, withdrawn), and focus must not fall to <body>.
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

function Judge({ proposal, onDone }: { proposal: Proposal; onDone: () => void }) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const a = workshop.preconditions[proposal.precondition];
  const [state, setState] = useState<PreconditionState>(a.confirmed ? a.state : proposal.state);
  // One text: the reason to differ when the state is not the proposal's, otherwise a note.
  const [text, setText] = useState(() => judgementText(a, isProposalText));
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const form = useRef<HTMLFormElement | null>(null);
  // The button that opened the form is gone: start on the chosen state.
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input:checked')?.focus(), []);
  const name = preconditionName(proposal.precondition);
  const differs = state !== proposal.state;
  const refuse = (message: string) => {
    setError(message);
    // After this render the field carries the error; focus it so it is heard and can be typed in.
    requestAnimationFrame(() => field.current?.focus());
  };
  const save = async () => {
    if (overrideProblem(proposal, state, text)) return refuse(t('decision:preconditions.reasonRequired'));
    const r = await overrideAssessment(workshop.id, proposal, state, text);
    if (r.ok) onDone();
    else refuse('refused' in r ? t('decision:preconditions.reasonRequired') : t(`storage.problem.${r.problem}`));
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
      <fieldset class="utrecht-form-fieldset">
        <legend class="utrecht-form-fieldset__legend">{t('decision:preconditions.stateLegend', { name })}</legend>
        <div class="segmented">
          {PRECONDITION_STATES.map((s) => (
            <label key={s} class={`segmented__option pc-state--${s}`}>
              <input type="radio" class="choice__input" name={`pc-${proposal.precondition}`} value={s} checked={state === s} onChange={() => { setState(s); setError(null); }} />
              <span>{t(`decision:preconditions.states.${s}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        label={differs ? t('decision:preconditions.overrideReason') : t('decision:preconditions.explanation')}
        description={differs ? t('decision:preconditions.reasonHint', { state: t(`decision:preconditions.states.${proposal.state}`) }) : undefined}
        required={differs}
        value={text}
        onInput={(v) => { setText(v); setError(null); }}
        error={error}
        inputRef={(el) => { field.current = el; }}
        multiline
        rows={2}
        maxLength={20_000}
      />
      <div class="row">
        <Button appearance="primary" type="submit">
          {t('decision:preconditions.save')}
        </Button>
        <Button appearance="subtle" onClick={onDone}>
          {t('actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** What the group decided, under the app's proposal: confirmed, or its own state and why. */
function GroupJudgement({ judgement, state }: { judgement: Exclude<Judgement, { kind: 'proposed' }>; state: PreconditionState }) {
  const { t } = useT();
  const label = t(`decision:preconditions.states.${state}`);
  return (
    <div class="pc__group">
      <p class="pc__label">
        <span class="pc__check" aria-hidden="true">
          ✓{' '}
        </span>
        {t('decision:preconditions.confirmed')}: <strong>{label}</strong>
      </p>
      {judgement.kind === 'confirmed' && <p class="pc__confirmed-proposal">{t('decision:preconditions.confirmedProposal')}</p>}
      {judgement.kind === 'differs' && <p class="pc__override prewrap">{t('decision:preconditions.overridden', { reason: judgement.why })}</p>}
      {judgement.note && <p class="pc__explanation prewrap">{judgement.note}</p>}
    </div>
  );
}

export function PreconditionCard({ proposal, points }: { proposal: Proposal; points: readonly ActionPoint[] }) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const [judging, setJudging] = useState(false);
  const focusLater = useFocusLater();
  const p = proposal.precondition;
  const id = ids(p);
  const a = workshop.preconditions[p];
  const state = effectiveState(a, proposal);
  const judgement = judgementOf(a, proposal, isProposalText);
  const name = preconditionName(p);
  const stateLabel = t(`decision:preconditions.states.${state}`);

  const confirm = async () => {
    const r = await confirmProposal(workshop.id, proposal);
    // The confirm button goes away; "judge otherwise" stays, next to where the user was.
    if (r.ok) focusLater(id.override);
  };
  const closeJudge = () => {
    setJudging(false);
    focusLater(id.override);
  };
  const reopen = async () => {
    const before = a;
    const r = await reopenAssessment(workshop.id, p);
    if (!r.ok) return;
    focusLater(id.confirm);
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
    <article class={`pc ${a.confirmed ? `pc--${state}` : 'pc--proposed'}`} aria-labelledby={id.title} data-precondition={p}>
      <header class="pc__head">
        <h3 class="pc__title" id={id.title}>
          {name}
        </h3>
        {a.confirmed ? (
          <span class={`pc__state pc__state--${state}`}>{stateLabel}</span>
        ) : (
          <span class="pc__state pc__state--proposed">{t('decision:preconditions.proposedState', { state: stateLabel })}</span>
        )}
      </header>
      <p class="pc__what">{t(`decision:preconditions.what.${p}`)}</p>
      <div class="pc__proposal">
        <p class="pc__label">
          {t('decision:preconditions.proposal')}: <strong>{t(`decision:preconditions.states.${proposal.state}`)}</strong>
        </p>
        <p class="pc__because">{t(`decision:proposal.${proposal.reason}`)}</p>
      </div>
      {judgement.kind === 'proposed' ? <p class="pc__unconfirmed">{t('decision:preconditions.unconfirmed')}</p> : <GroupJudgement judgement={judgement} state={a.state} />}
      {judging ? (
        <Judge proposal={proposal} onDone={closeJudge} />
      ) : (
        <div class="row">
          {!a.confirmed && (
            <Button id={id.confirm} appearance="primary" onClick={() => void confirm()} aria-label={t('decision:preconditions.confirmLabel', { name })}>
              {t('decision:preconditions.confirm')}
            </Button>
          )}
          <Button id={id.override} appearance="secondary" onClick={() => setJudging(true)} aria-label={t('decision:preconditions.overrideLabel', { name })}>
            {t('decision:preconditions.override')}
          </Button>
          {a.confirmed && (
            <Button appearance="subtle" onClick={() => void reopen()}>
              {t('decision:preconditions.reopen')}
            </Button>
          )}
        </div>
      )}
      <SuggestionList precondition={p} state={state} assessment={a} points={points} />
    </article>
  );
}
