// Why: the actions step: every action point of the session, open ones first, with the
// figures a facilitator closes on (open, done, conditions met, overdue) and the form to add
// one that did not come from a note.
import { useState } from 'preact/hooks';
import { isOpen } from '../../../domain/action-point';
import { titleProblem, type DraftProblem } from '../../../domain/action-rules';
import { conditionsMet } from '../../../domain/decision-rules';
import { isOverdue } from '../../../domain/follow-up';
import { todayIso } from '../../../domain/time';
import { useT } from '../../../i18n/use-t';
import { addActionPoint, EMPTY_DRAFT, isActionDraft } from '../../../storage/action-points-repo';
import { readDraft } from '../../../storage/drafts';
import { useKeptDraft } from '../use-kept-draft';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { focusAfter } from '../../../ui/focus-after';
import { announce } from '../../../shell/announce';
import { StepIntro } from '../StepIntro';
import { useWorkshopData } from '../workshop-context';
import { ActionPointCard } from './ActionPointCard';
import { ActionPointForm } from './ActionPointForm';
import './closing.css';
import { useActionPoints, useContinued } from './use-closing-data';
import { fixedLabel } from '../sections';

const newKey = (workshopId: string) => `${workshopId}:action-new`;

function AddPanel({ onDone }: { onDone: () => void }) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  // Kept as a draft while typed, so a reload before "Toevoegen" loses nothing.
  const kept = useKeptDraft(newKey(workshop.id), () => EMPTY_DRAFT, isActionDraft);
  const draft = kept.value;
  const setDraft = kept.set;
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const add = async () => {
    const p = titleProblem(draft.title);
    if (p) {
      setProblem(p);
      return;
    }
    const r = await addActionPoint(workshop.id, draft);
    if (r.ok) {
      kept.drop();
      onDone();
      announce(t('decision:actions.addedSaid', { title: draft.title.trim() }));
    } else if ('refused' in r) setProblem(r.refused);
  };
  return (
    <form
      class="panel ap-add"
      noValidate
      aria-labelledby="ap-add-title"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <h3 class="nl-heading nl-heading--level-2" id="ap-add-title">
        {t('decision:actions.new')}
      </h3>
      <ActionPointForm draft={draft} onChange={(d) => { setDraft(d); setProblem(null); }} problem={problem} name="new" />
      <div class="row">
        <Button appearance="primary" type="submit">
          {t('decision:actions.add')}
        </Button>
        <Button
          appearance="subtle"
          onClick={() => {
            kept.drop();
            onDone();
          }}
        >
          {t('actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

export function ActionsStep() {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const points = useActionPoints(workshop.id);
  const continued = useContinued(workshop.id);
  // A new action point left half-typed (a reload, a crash) opens again with its text.
  const [adding, setAdding] = useState(() => readDraft(newKey(workshop.id)) !== null);
  if (points.status === 'error') return <Alert type="error">{t(`storage.problem.${points.problem}`)}</Alert>;
  const list = points.status === 'ready' ? points.value : [];
  const on = continued.status === 'ready' ? continued.value : new Set<string>();
  const open = list.filter(isOpen);
  const closed = list.filter((p) => !isOpen(p));
  const met = conditionsMet(list);
  const today = todayIso();
  const late = open.filter((p) => isOverdue(p, today)).length;
  const unowned = open.filter((p) => p.owner.kind === 'nobody' || p.dueDate === null).length;

  return (
    <section aria-labelledby="step-title" class="step">
      <StepIntro id="step-title" title={fixedLabel('actions')} />
      <p class="nl-paragraph nl-paragraph--lead">{t('decision:actions.intro')}</p>
      <dl class="totals">
        <div>
          <dt>{t('decision:actions.figures.open')}</dt>
          <dd>{open.length}</dd>
        </div>
        <div>
          <dt>{t('decision:actions.figures.done')}</dt>
          <dd>{list.filter((p) => p.status === 'done').length}</dd>
        </div>
        <div>
          <dt>{t('decision:actions.figures.conditions')}</dt>
          <dd>{t('decision:actions.ofTotal', { count: met.met, total: met.total })}</dd>
        </div>
        <div class={late > 0 ? 'totals__late' : undefined}>
          <dt>{t('decision:actions.figures.overdue')}</dt>
          <dd>{late}</dd>
        </div>
      </dl>
      {unowned > 0 && <Alert type="warning">{t('decision:actions.missingOwnerOrDate', { count: unowned })}</Alert>}

      {adding ? (
        <AddPanel onDone={() => { focusAfter('.ap-new'); setAdding(false); }} />
      ) : (
        <Button appearance="primary" class="ap-new" onClick={() => { focusAfter('.ap-add textarea'); setAdding(true); }}>
          <span aria-hidden="true">+</span> {t('decision:actions.new')}
        </Button>
      )}

      <h3 class="nl-heading nl-heading--level-2">{t('decision:actions.listTitle', { count: open.length })}</h3>
      {list.length === 0 ? (
        <p class="nl-paragraph subtle">{t('decision:actions.none')}</p>
      ) : open.length === 0 ? (
        <p class="nl-paragraph subtle">{t('decision:actions.noneOpen')}</p>
      ) : (
        <ul class="ap-list">
          {open.map((p) => (
            <ActionPointCard key={p.id} point={p} continued={on.has(p.id)} />
          ))}
        </ul>
      )}
      {closed.length > 0 && (
        <>
          <h3 class="nl-heading nl-heading--level-2">{t('decision:actions.closedTitle', { count: closed.length })}</h3>
          <ul class="ap-list">
            {closed.map((p) => (
              <ActionPointCard key={p.id} point={p} continued={on.has(p.id)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
