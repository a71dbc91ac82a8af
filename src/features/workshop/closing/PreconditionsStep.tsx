// Why: the preconditions scan: the five preconditions in a fixed order, each with the evidence
// the workshop recorded about it and the group's own judgement, and the way from a missing one
// to an action point.
import { PRECONDITIONS } from '../../../domain/preconditions';
import { useT } from '../../../i18n/use-t';
import { actionPointsByFirstOrigin } from '../../../storage/action-points-repo';
import { useLive } from '../../../storage/live';
import { Alert } from '../../../ui/Alert';
import { StepIntro } from '../StepIntro';
import { useWorkshopData } from '../workshop-context';
import './closing.css';
import { PreconditionCard } from './PreconditionCard';
import { ScreeningPanel } from './ScreeningPanel';
import { useEvidence } from './use-closing-data';
import { fixedLabel } from '../sections';

export function PreconditionsStep() {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  // Carried-over points count as what they were first made from (see actionPointsByFirstOrigin).
  const points = useLive(() => actionPointsByFirstOrigin(workshop.id), [workshop.id]);
  const list = points.status === 'ready' ? points.value : [];
  const evidence = useEvidence(list);
  if (points.status === 'error') return <Alert type="error">{t(`storage.problem.${points.problem}`)}</Alert>;
  const judged = PRECONDITIONS.filter((p) => workshop.preconditions[p].confirmed).length;
  return (
    <section aria-labelledby="step-title" class="step">
      <StepIntro id="step-title" title={fixedLabel('preconditions')} />
      <p class="nl-paragraph nl-paragraph--lead">{t('decision:preconditions.intro')}</p>
      <p class="nl-paragraph">{t('decision:preconditions.suggestionsHint')}</p>
      <p class="pc-progress">
        <strong>{t('decision:preconditions.progress', { count: judged })}</strong>
      </p>
      <div class="pc-list">
        {PRECONDITIONS.map((p) => (
          <PreconditionCard key={p} precondition={p} evidence={points.status === 'ready' && evidence ? evidence[p] : null} points={list} />
        ))}
      </div>
      <ScreeningPanel />
    </section>
  );
}
