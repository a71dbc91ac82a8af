// Why: the decision step: the conditions in view, the decision as recorded (and whether the
// action points have overtaken it), the form to record or update it, and the way to a later
// evaluation session.
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { showNotice } from '../../../shell/notices';
import { openItemsBeforeGo } from '../../../domain/decision-check';
import { decisionNote } from '../../../domain/decision-rules';
import { PRECONDITIONS } from '../../../domain/preconditions';
import { useT } from '../../../i18n/use-t';
import { clearDecision } from '../../../storage/decision-repo';
import { useLive } from '../../../storage/live';
import { getWorkshop } from '../../../storage/workshops-repo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { focusAfter } from '../../../ui/focus-after';
import { formatDate, formatMoment } from '../../../i18n/format';
import { StepIntro } from '../StepIntro';
import { Link } from '../../../shell/Link';
import { sectionHref, fixedLabel } from '../sections';
import { useWorkshopData } from '../workshop-context';
import { preconditionName } from '../../shared/closing-labels';
import './closing.css';
import { ConditionList } from './ConditionList';
import { DecisionForm } from './DecisionForm';
import { EvaluationStarter } from './EvaluationStarter';
import { useActionPoints } from './use-closing-data';

function Recorded({ onChange }: { onChange: () => void }) {
  const { t, lang } = useT();
  const { workshop } = useWorkshopData();
  const d = workshop.decision;
  if (!d) return null;
  const withdraw = async () => {
    focusAfter('.decision-form input');
    const r = await clearDecision(workshop.id);
    if (r.ok)
      showNotice({
        id: 'decision-withdrawn',
        text: t('decision:decision.withdrawn'),
        tone: 'info',
        dismissible: true,
        timeoutMs: 10000,
        actions: [{ label: t('actions.undo'), primary: true, run: () => void clearDecision(workshop.id, d) }],
      });
  };
  return (
    <section class={`panel recorded recorded--${d.outcome}`} aria-labelledby="recorded-title">
      <p class="recorded__pre" id="recorded-title">
        {t('decision:decision.current')}
      </p>
      <p class="recorded__outcome">{t(`decision:decision.outcomes.${d.outcome}`)}</p>
      <dl class="recorded__facts">
        {d.date && (
          <>
            <dt>{t('decision:decision.date')}</dt>
            <dd>{formatDate(d.date, lang)}</dd>
          </>
        )}
        {d.decidedBy && (
          <>
            <dt>{t('decision:decision.decidedBy')}</dt>
            <dd>{d.decidedBy}</dd>
          </>
        )}
        <dt>{t('decision:decision.rationale')}</dt>
        <dd class="prewrap">{d.rationale}</dd>
        {d.dissent.length > 0 && (
          <>
            <dt>{t('decision:decision.dissentTitle')}</dt>
            <dd>
              {d.dissent.map((x) => (
                <Fragment key={x.id}>
                  <span class="recorded__dissent">
                    <strong>{x.who}</strong>: {x.reason}
                  </span>
                </Fragment>
              ))}
            </dd>
          </>
        )}
      </dl>
      <p class="subtle recorded__when">{t('decision:decision.recordedAt', { when: formatMoment(d.recordedAt, lang) })}</p>
      <div class="row recorded__actions">
        <Button appearance="secondary" onClick={onChange}>
          {t('decision:decision.change')}
        </Button>
        <Button appearance="subtle" danger onClick={() => void withdraw()}>
          {t('decision:decision.withdraw')}
        </Button>
      </div>
    </section>
  );
}

function FirstDecision() {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const first = useLive(() => (workshop.evaluationOf ? getWorkshop(workshop.evaluationOf) : Promise.resolve(undefined)), [workshop.evaluationOf]);
  const d = first.status === 'ready' ? first.value?.decision : null;
  if (!d) return null;
  return <p class="first-decision">{t('decision:decision.firstDecision', { outcome: t(`decision:decision.outcomes.${d.outcome}`) })}</p>;
}

/**
 * The preconditions as the group judged them, next to the decision they weigh on: a missing
 * or partly precondition, or one nobody judged yet, is in view before anyone decides "go".
 */
function ScanSummary() {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const judged = PRECONDITIONS.filter((p) => workshop.preconditions[p].confirmed).length;
  return (
    <section class="panel scan-summary" aria-labelledby="scan-summary-title">
      <h3 class="nl-heading nl-heading--level-3" id="scan-summary-title">
        {t('decision:decision.scanTitle', { judged, total: PRECONDITIONS.length })}
      </h3>
      <ul class="plain-list scan-summary__list">
        {PRECONDITIONS.map((p) => {
          const a = workshop.preconditions[p];
          const state = a.confirmed ? a.state : null;
          return (
            <li key={p} class={`scan-summary__item scan-summary__item--${state ?? 'open'}`} data-scan={p}>
              <span>{preconditionName(p)}</span>
              <strong>{state ? t(`decision:preconditions.states.${state}`) : t('decision:decision.scanNotJudged')}</strong>
            </li>
          );
        })}
      </ul>
      <Link class="nl-link link-target" href={sectionHref(workshop.id, 'preconditions')}>
        {t('decision:decision.scanLink')}
      </Link>
    </section>
  );
}

export function DecisionStep() {
  const { t } = useT();
  const { workshop, index, states, participants } = useWorkshopData();
  const points = useActionPoints(workshop.id);
  // Once recorded, the record is what the page shows; the form opens on request.
  const [changing, setChanging] = useState<string | null>(null);
  const recordedAt = workshop.decision?.recordedAt ?? null;
  // A decision being typed in this tab stays on screen even when another tab records one.
  const [typing, setTyping] = useState(false);
  const showForm = recordedAt === null || changing === recordedAt || typing;
  if (points.status === 'error') return <Alert type="error">{t(`storage.problem.${points.problem}`)}</Alert>;
  if (points.status === 'loading') return <p class="nl-paragraph subtle">{t('workshop:loading')}</p>;
  const note = decisionNote(workshop.decision, points.value);
  const items = openItemsBeforeGo({ topics: index.shapes, states, scan: workshop.preconditions, participants, actionPoints: points.value });
  return (
    <section aria-labelledby="step-title" class="step">
      <StepIntro id="step-title" title={fixedLabel('decision')} />
      <p class="nl-paragraph nl-paragraph--lead">{t('decision:decision.intro')}</p>
      {workshop.kind === 'evaluation' && <FirstDecision />}
      {note && <Alert type="warning">{t(`decision:decision.notes.${note}`)}</Alert>}
      <Recorded onChange={() => setChanging(recordedAt)} />
      <ScanSummary />
      <ConditionList points={points.value} />
      {showForm && <DecisionForm items={items} onCancel={recordedAt ? () => setChanging(null) : undefined} onTyped={() => setTyping(true)} onFinished={() => setTyping(false)} />}
      <EvaluationStarter />
    </section>
  );
}
