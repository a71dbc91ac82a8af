// Why: DEDA always starts with the project's goal; this is where disagreement about what the
// project is for surfaces. The fields follow the opening step of the method.
export const OUTCOME_ROLES = ['undecided', 'leading', 'advisory'] as const;
/** Will the project's outcome decide things itself (leading) or inform a person who decides? */
export type OutcomeRole = (typeof OUTCOME_ROLES)[number];

export const PROJECT_PHASES = ['idea', 'design', 'pilot', 'production', 'evaluation'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];

export interface ProjectGoal {
  /** The goal in one or two sentences. */
  readonly statement: string;
  /** What the project must deliver. */
  readonly deliverables: string;
  /** What it will not deliver: managing expectations. */
  readonly nonDeliverables: string;
  readonly outcomeRole: OutcomeRole;
  /** The data sets involved, as the group names them. */
  readonly dataSets: string;
  readonly phase: ProjectPhase | null;
}

export const EMPTY_GOAL: ProjectGoal = {
  statement: '',
  deliverables: '',
  nonDeliverables: '',
  outcomeRole: 'undecided',
  dataSets: '',
  phase: null,
};

export function hasGoal(goal: ProjectGoal): boolean {
  return goal.statement.trim().length > 0;
}
