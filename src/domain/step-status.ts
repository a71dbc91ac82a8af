// Why: the rail, the overview and the report all say whether a fixed step is empty, started or
// done, and the report lists what is not recorded yet. One rule per step, kept in a record keyed
// by the table of steps (steps.ts), so a new step cannot be shown without saying when it is done.
import type { ActionPoint } from './action-point';
import { actionsStatus, decisionStatus, preconditionsStatus } from './action-rules';
import { goalStatus, participantsStatus, valuesStatus, type StepStatus } from './progress';
import type { Role } from './roles';
import type { FixedStep } from './steps';
import type { Workshop } from './workshop';

/** What the state rules of the fixed steps read. */
export interface StepFacts {
  readonly workshop: Pick<Workshop, 'goal' | 'values' | 'preconditions' | 'decision'>;
  readonly participants: ReadonlyArray<{ readonly roles: readonly Role[] }>;
  readonly actionPoints: readonly Pick<ActionPoint, 'status'>[];
}

const STEP_STATUS: Record<FixedStep, (facts: StepFacts) => StepStatus> = {
  goal: (f) => goalStatus(f.workshop.goal),
  participants: (f) => participantsStatus(f.participants),
  values: (f) => valuesStatus(f.workshop.values),
  actions: (f) => actionsStatus(f.actionPoints),
  preconditions: (f) => preconditionsStatus(f.workshop.preconditions),
  decision: (f) => decisionStatus(f.workshop.decision),
};

export function fixedStepStatus(step: FixedStep, facts: StepFacts): StepStatus {
  return STEP_STATUS[step](facts);
}
