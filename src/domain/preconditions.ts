// Why: the research behind DEDA found five preconditions for a responsible data project.
// A workshop scans them; a missing one becomes a suggested action point.
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
  /** False while the state is only the app's proposal; true once the facilitator confirmed or set it. */
  readonly confirmed: boolean;
  /** When the facilitator overrode the app's proposal: why. */
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
