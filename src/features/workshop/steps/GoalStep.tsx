// Why: DEDA always starts with the project's goal: in one or two sentences, what it must and
// must not deliver, whether its outcome leads or advises, the data sets and the phase. This
// is where disagreement about what the project is for comes out.
import { OUTCOME_ROLES, PROJECT_PHASES, type OutcomeRole, type ProjectGoal, type ProjectPhase } from '../../../domain/goal';
import { useT } from '../../../i18n/use-t';
import { SelectField } from '../../../ui/SelectField';
import { updateGoalField } from '../../../storage/workshop-content-repo';
import { AutoTextField } from '../AutoTextField';
import { StepIntro } from '../StepIntro';
import { useWorkshopData } from '../workshop-context';
import { useChosen } from '../use-chosen';
import { fixedLabel } from '../sections';

export function GoalStep() {
  const { t } = useT();
  const { workshop, index } = useWorkshopData();
  const goal = workshop.goal;
  const outcome = useChosen(goal.outcomeRole);
  const opening = index.pack.opening.goal;
  const key = (field: keyof ProjectGoal) => `${workshop.id}:goal:${field}`;
  const text = (field: 'statement' | 'deliverables' | 'nonDeliverables' | 'dataSets') => (value: string) => updateGoalField(workshop.id, field, value);

  return (
    <section aria-labelledby="step-title" class="step">
      <StepIntro id="step-title" title={fixedLabel('goal')} intro={opening.intro} hint={opening.hint} />
      <div class="panel">
        <AutoTextField large draftKey={key('statement')} label={t('workshop:goal.statement')} description={t('workshop:goal.statementHint')} stored={goal.statement} save={text('statement')} multiline rows={3} />
        <div class="field-grid">
          <AutoTextField draftKey={key('deliverables')} label={t('workshop:goal.deliverables')} stored={goal.deliverables} save={text('deliverables')} multiline rows={4} />
          <AutoTextField
            draftKey={key('nonDeliverables')}
            label={t('workshop:goal.nonDeliverables')}
            description={t('workshop:goal.nonDeliverablesHint')}
            stored={goal.nonDeliverables}
            save={text('nonDeliverables')}
            multiline
            rows={4}
          />
        </div>
        <fieldset class="utrecht-form-fieldset choice-row">
          <legend class="utrecht-form-fieldset__legend">{t('workshop:goal.outcomeRole')}</legend>
          <p class="utrecht-form-field-description">{t('workshop:goal.outcomeRoleHint')}</p>
          <div class="segmented">
            {OUTCOME_ROLES.map((role: OutcomeRole) => (
              <label key={role} class="segmented__option">
                <input
                  type="radio"
                  class="choice__input"
                  name={`outcome-${workshop.id}`}
                  value={role}
                  checked={outcome.shown === role}
                  onChange={() => outcome.choose(role, () => updateGoalField(workshop.id, 'outcomeRole', role))}
                />
                <span>{t(`workshop:goal.outcome.${role}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div class="field-grid">
          <AutoTextField draftKey={key('dataSets')} label={t('workshop:goal.dataSets')} description={t('workshop:goal.dataSetsHint')} stored={goal.dataSets} save={text('dataSets')} multiline rows={3} />
          <SelectField
            label={t('workshop:goal.phase')}
            value={goal.phase ?? ''}
            empty={t('workshop:goal.phaseUnknown')}
            options={PROJECT_PHASES.map((p) => ({ value: p, label: t(`workshop:goal.phases.${p}`) }))}
            onChange={(v) => void updateGoalField(workshop.id, 'phase', v === '' ? null : (v as ProjectPhase))}
          />
        </div>
      </div>
    </section>
  );
}
