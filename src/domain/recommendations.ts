// Why: a precondition that is missing or only partly in place should not end as a remark in
// a report; it should become work with an owner. The research behind DEDA closes with eight
// recommendations; each suggestion here turns one of them into an action point the group can
// accept, edit or dismiss. The texts are ours (keys into the `decision` namespace).
import type { ActionPoint } from './action-point';
import type { Precondition, PreconditionAssessment, PreconditionState } from './preconditions';
import type { Priority } from './action-point';
import type { Role } from './roles';

export const RECOMMENDATIONS = [
  'clear-goals',
  'manage-expectations',
  'impact-assessment',
  'short-lines',
  'integrated-team',
  'involve-politics',
  'po-from-start',
  'embed-ethics',
] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const SUGGESTION_KEYS = [
  'bound-goal',
  'write-limits',
  'name-owner',
  'record-weighing',
  'regular-meeting',
  'assign-responsibilities',
  'embed-ethics',
  'brief-politics',
  'involve-po',
  'po-capacity',
] as const;
export type SuggestionKey = (typeof SUGGESTION_KEYS)[number];

export interface Suggestion {
  readonly key: SuggestionKey;
  readonly precondition: Precondition;
  readonly recommendation: Recommendation;
  readonly priority: Priority;
  /** Who would usually pick it up; the group can change it. */
  readonly ownerRole: Role;
  /** Only offered when the precondition is missing (not when partly in place). */
  readonly onlyWhenMissing?: boolean;
}

const SUGGESTIONS: readonly Suggestion[] = [
  { key: 'bound-goal', precondition: 'purpose-limitation', recommendation: 'clear-goals', priority: 'high', ownerRole: 'project-owner' },
  { key: 'write-limits', precondition: 'purpose-limitation', recommendation: 'manage-expectations', priority: 'medium', ownerRole: 'project-owner' },
  { key: 'name-owner', precondition: 'accountability', recommendation: 'integrated-team', priority: 'high', ownerRole: 'project-owner', onlyWhenMissing: true },
  { key: 'record-weighing', precondition: 'accountability', recommendation: 'impact-assessment', priority: 'medium', ownerRole: 'project-owner' },
  { key: 'regular-meeting', precondition: 'integrated-work', recommendation: 'short-lines', priority: 'medium', ownerRole: 'project-owner' },
  { key: 'assign-responsibilities', precondition: 'integrated-work', recommendation: 'integrated-team', priority: 'medium', ownerRole: 'project-owner' },
  { key: 'embed-ethics', precondition: 'integrated-work', recommendation: 'embed-ethics', priority: 'low', ownerRole: 'policy-officer' },
  { key: 'brief-politics', precondition: 'political-support', recommendation: 'involve-politics', priority: 'medium', ownerRole: 'project-owner' },
  { key: 'involve-po', precondition: 'privacy-officer-involved', recommendation: 'po-from-start', priority: 'high', ownerRole: 'project-owner', onlyWhenMissing: true },
  { key: 'po-capacity', precondition: 'privacy-officer-involved', recommendation: 'po-from-start', priority: 'medium', ownerRole: 'privacy-officer' },
];

export function allSuggestions(): readonly Suggestion[] {
  return SUGGESTIONS;
}

/** The suggestion an action point was accepted from, if any. */
export function suggestionOf(point: Pick<ActionPoint, 'origin'>): SuggestionKey | null {
  return point.origin.kind === 'precondition' ? (point.origin.suggestion as SuggestionKey) : null;
}

/**
 * What to offer for a precondition in the given state: nothing when it is in place or unknown;
 * otherwise its suggestions, minus those the group dismissed and those already accepted as an
 * action point (so accepting twice cannot happen by a double tap).
 */
export function suggestionsFor(
  precondition: Precondition,
  state: PreconditionState,
  assessment: Pick<PreconditionAssessment, 'dismissedSuggestions'>,
  points: readonly Pick<ActionPoint, 'origin'>[],
): Suggestion[] {
  if (state !== 'missing' && state !== 'partly') return [];
  const accepted = new Set(points.map(suggestionOf).filter((k): k is SuggestionKey => k !== null));
  return SUGGESTIONS.filter(
    (s) => s.precondition === precondition && (state === 'missing' || !s.onlyWhenMissing) && !assessment.dismissedSuggestions.includes(s.key) && !accepted.has(s.key),
  );
}
