// Why: which component shows each fixed step and each view. A record keyed by the table of
// steps (domain/steps.ts), so a new step without a screen is a compile error here instead of
// a silent fall back to another screen; a topic is always a topic board.
import type { ComponentType } from 'preact';
import { isFixedStep, type FixedStep } from '../../domain/steps';
import { ActionsStep } from './closing/ActionsStep';
import { DecisionStep } from './closing/DecisionStep';
import { PreconditionsStep } from './closing/PreconditionsStep';
import { isView, topicOf, type Section, type View } from './sections';
import { GoalStep } from './steps/GoalStep';
import { OverviewStep } from './steps/OverviewStep';
import { ParticipantsStep } from './steps/ParticipantsStep';
import { PosterStep } from './steps/PosterStep';
import { ReportStep } from './steps/ReportStep';
import { ValuesStep } from './steps/ValuesStep';
import { TopicStep } from './topic/TopicStep';

const SCREENS: Record<FixedStep | View, ComponentType> = {
  goal: GoalStep,
  participants: ParticipantsStep,
  values: ValuesStep,
  actions: ActionsStep,
  preconditions: PreconditionsStep,
  decision: DecisionStep,
  overview: OverviewStep,
  poster: PosterStep,
  report: ReportStep,
};

/** The screen of the section the URL names. */
export function StepScreen({ section }: { section: Section }) {
  const topicId = topicOf(section);
  if (topicId) return <TopicStep topicId={topicId} />;
  if (!isView(section) && !isFixedStep(section)) return null;
  const Screen = SCREENS[section];
  return <Screen />;
}
