// Why: the research behind DEDA found five preconditions for a responsible data project.
// The group judges them; one it judges missing becomes a suggested action point.
import type { IsoDateTime } from './time';

export const PRECONDITIONS = [
  'purpose-limitation',
  'accountability',
  'integrated-work',
  'political-support',
  'privacy-officer-involved',
] as const;
export type Precondition = (typeof PRECONDITIONS)[number];

export const PRECONDITION_STATES = ['in-place', 'partly', 'missing', 'unknown'] as const;
export type PreconditionState = (typeof PRECONDITION_STATES)[number];

export interface PreconditionAssessment {
  readonly state: PreconditionState;
  readonly explanation: string;
  /**
   * True once the group judged it (state and reason). False: not judged, whatever `state`
   * says; an earlier version stored its own proposal here with `confirmed: false`.
   */
  readonly confirmed: boolean;
  /** Earlier versions: why the group differed from the app's proposal. New judgements keep the reason in `explanation` and leave this empty. */
  readonly overrideReason: string;
  /** Suggested action points the group dismissed, by suggestion key, so they are not offered again. */
  readonly dismissedSuggestions: readonly string[];
  readonly updatedAt: IsoDateTime | null;
}

export type PreconditionScan = Readonly<Record<Precondition, PreconditionAssessment>>;

export const UNASSESSED: PreconditionAssessment = {
  state: 'unknown',
  explanation: '',
  confirmed: false,
  overrideReason: '',
  dismissedSuggestions: [],
  updatedAt: null,
};

export function emptyScan(): PreconditionScan {
  return Object.fromEntries(PRECONDITIONS.map((p) => [p, UNASSESSED])) as unknown as PreconditionScan;
}
