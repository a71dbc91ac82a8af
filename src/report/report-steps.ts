// Why: each fixed step of the method (domain/steps.ts) has its chapter in the report, in the
// order of the session. Keyed by the table of steps, so a new step is a compile error here
// until the report says where it goes (the decision stands in the summary, before them all).
import type { FixedStep } from '../domain/steps';
import type { WorkshopGraph } from '../domain/workshop-graph';
import type { DraftSection } from './draft';
import { actionsSection, goalSection, participantsSection, preconditionsSection, valuesSection } from './report-sections';
import type { Words } from './report-words';

export const STEP_CHAPTERS: Record<FixedStep, (graph: WorkshopGraph, say: Words) => DraftSection[]> = {
  goal: (g, say) => [goalSection(g, say)],
  participants: (g, say) => [participantsSection(g, say)],
  values: (g, say) => [valuesSection(g, say)],
  actions: (g, say) => [actionsSection(g, say)],
  preconditions: (g, say) => [preconditionsSection(g, say)],
  decision: () => [],
};
