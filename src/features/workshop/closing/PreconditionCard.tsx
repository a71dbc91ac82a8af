// Why: one of the five preconditions: what it means, what the app proposes and on which
// fact, what the group decided (confirmed, or another state with the reason why), and the
// suggested action points when it is missing or partly in place.
import { useState } from 'preact/hooks';
import { showNotice } from '../../../app/notices';
import type { ActionPoint } from '../../../domain/action-point';
import { effectiveState, overrideProblem, type Proposal } from '../../../domain/precondition-rules';
import { PRECONDITION_STATES, type PreconditionState } from '../../../domain/preconditions';
import { i18n } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { confirmProposal, overrideAssessment, reopenAssessment } from '../../../storage/decision-repo';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { useWorkshopData } from '../workshop-context';
import { preconditionName } from './closing-labels';
import { SuggestionList } from './SuggestionList';

function Judge({ proposal, onDone }: { proposal: Proposal; onDone: () => void }) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const a = workshop.preconditions[proposal.precondition];
  const [state, setState] = useState<PreconditionState>(a.confirmed ? a.state : proposal.state);
  const [reason, setReason] = useState(a.overrideReason);
  const [explanation, setExplanation] = useState(a.confirmed ? a.explanation : '');
  const [error, setError] = useState<string | null>(null);
  const name = preconditionName(proposal.precondition);
  const save = async () => {
    if (overrideProblem(proposal, state, reason)) {
      setError(t('decision:preconditions.reasonRequired'));
      return;
    }
    const r = await overrideAssessment(workshop.id, proposal, state, reason, explanation);
    if (r.ok) onDone();
    else setError('refused' in r ? t('decision:preconditions.reasonRequired') : t(`storage.problem.${r.problem}`));
  };
  return (
    <form
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
      {state !== proposal.state && (
        <TextField label={t('decision:preconditions.overrideReason')} value={reason} onInput={(v) => { setReason(v); setError(null); }} error={error} multiline rows={2} maxLength={20_000} />
      )}
      <TextField label={t('decision:preconditions.explanation')} value={explanation} onInput={setExplanation} multiline rows={2} maxLength={20_000} />
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

export function PreconditionCard({ proposal, points }: { proposal: Proposal; points: readonly ActionPoint[] }) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const [judging, setJudging] = useState(false);
  const p = proposal.precondition;
  const a = workshop.preconditions[p];
  const state = effectiveState(a, proposal);
  const name = preconditionName(p);
  const because = t(`decision:proposal.${proposal.reason}`);

  const confirm = () => void confirmProposal(workshop.id, proposal, i18n.t(`decision:proposal.${proposal.reason}`, { lng: workshop.lang }));
  const reopen = async () => {
    const before = a;
    const r = await reopenAssessment(workshop.id, p);
    if (r.ok)
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
    <article class={`pc pc--${state}`} aria-labelledby={`pc-title-${p}`} data-precondition={p}>
      <header class="pc__head">
        <h3 class="pc__title" id={`pc-title-${p}`}>
          {name}
        </h3>
        <span class={`pc__state pc__state--${state}`}>{t(`decision:preconditions.states.${state}`)}</span>
      </header>
      <p class="pc__what">{t(`decision:preconditions.what.${p}`)}</p>
      <div class="pc__proposal">
        <p class="pc__label">
          {t('decision:preconditions.proposal')}: <strong>{t(`decision:preconditions.states.${proposal.state}`)}</strong>
        </p>
        <p class="pc__because">{because}</p>
      </div>
      {a.confirmed ? (
        <div class="pc__group">
          <p class="pc__label">
            <span class="pc__check" aria-hidden="true">
              ✓{' '}
            </span>
            {t('decision:preconditions.confirmed')}: <strong>{t(`decision:preconditions.states.${a.state}`)}</strong>
          </p>
          {a.overrideReason && <p class="pc__override">{t('decision:preconditions.overridden', { state: t(`decision:preconditions.states.${a.state}`), reason: a.overrideReason })}</p>}
          {a.explanation && a.explanation !== because && <p class="pc__explanation prewrap">{a.explanation}</p>}
        </div>
      ) : (
        <p class="pc__unconfirmed">{t('decision:preconditions.unconfirmed')}</p>
      )}
      {judging ? (
        <Judge proposal={proposal} onDone={() => setJudging(false)} />
      ) : (
        <div class="row">
          {!a.confirmed && (
            <Button appearance="primary" onClick={confirm} aria-label={t('decision:preconditions.confirmLabel', { name })}>
              {t('decision:preconditions.confirm')}
            </Button>
          )}
          <Button appearance="secondary" onClick={() => setJudging(true)} aria-label={t('decision:preconditions.overrideLabel', { name })}>
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
