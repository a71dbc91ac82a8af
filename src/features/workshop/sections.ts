// Why: the part of the URL after the workshop id says which step (or which of three views) is
// open, so a reload returns there. This maps that text to a section and back, orders them from
// the table of steps (domain/steps.ts), and names each: a fixed step by its label below, a
// topic by its title in the pack. The components per step are in step-screens.tsx.
import type { PackIndex } from '../../content/pack-index';
import type { TopicId, WorkshopId } from '../../domain/ids';
import { isFixedStep, stepSequence, topicOfStep, type FixedStep, type StepKey } from '../../domain/steps';
import type { Lang } from '../../domain/lang';
import { i18n } from '../../i18n/i18n';
import { hrefOf } from '../../shell/router';

/** The views of a workshop that are not steps of the method: the overview, the whole poster
 * (every topic at a glance, the way around during the session) and the documentation (report
 * and bundle), which closes the session. */
export const VIEWS = ['overview', 'poster', 'report'] as const;
export type View = (typeof VIEWS)[number];

/** A place in the workshop: a step of the method or one of the views. */
export type Section = View | StepKey;

/** The name of each fixed step and view, as shown in the rail, the previous/next links, the
 * agenda and the page title. */
const LABELS: Record<FixedStep | View, () => string> = {
  goal: () => i18n.t('workshop:steps.goal'),
  participants: () => i18n.t('workshop:steps.participants'),
  values: () => i18n.t('workshop:steps.values'),
  actions: () => i18n.t('decision:steps.actions'),
  preconditions: () => i18n.t('decision:steps.preconditions'),
  decision: () => i18n.t('decision:steps.decision'),
  overview: () => i18n.t('workshop:steps.overview'),
  poster: () => i18n.t('workshop:steps.poster'),
  report: () => i18n.t('workshop:steps.report'),
};

export function isView(section: string | null): section is View {
  return (VIEWS as readonly (string | null)[]).includes(section);
}

/** The steps of this workshop's pack, in session order. */
export function stepsOfIndex(index: PackIndex): StepKey[] {
  return stepSequence(index.topics.map((t) => t.id as TopicId));
}

/** Everything the previous/next buttons walk through, in order. */
export function walkOf(index: PackIndex): Section[] {
  return [...stepsOfIndex(index), 'report', 'overview'];
}

export function parseSection(raw: string | null, index: PackIndex): Section {
  if (isView(raw)) return raw;
  return stepsOfIndex(index).find((s) => s === raw) ?? 'goal';
}

export function sectionHref(id: WorkshopId, section: Section): string {
  return hrefOf({ name: 'workshop', id, section });
}

export function topicOf(section: Section): TopicId | null {
  return topicOfStep(section);
}

/** The label of a fixed step or view (a topic has its title in the pack: see sectionLabel). */
export function fixedLabel(section: FixedStep | View): string {
  return LABELS[section]();
}

/** A section's name in the reader's language (a topic by its title in the pack). */
export function sectionLabel(section: Section, index: PackIndex, lang: Lang): string {
  const topicId = topicOf(section);
  if (topicId) return index.topic(topicId)?.title[lang] ?? topicId;
  return isView(section) || isFixedStep(section) ? fixedLabel(section) : section;
}
