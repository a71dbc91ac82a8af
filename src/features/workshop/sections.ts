// Why: the part of the URL after the workshop id says which step is open, so a reload
// returns there. This maps that text to a step and back, and orders the steps.
import type { PackIndex } from '../../content/pack-index';
import type { TopicId, WorkshopId } from '../../domain/ids';
import { CLOSING_STEPS, OPENING_STEPS, topicStep, type StepKey } from '../../domain/steps';
import type { Lang } from '../../domain/lang';
import { i18n } from '../../i18n/i18n';
import { hrefOf } from '../../shell/router';

/** The steps, plus three views that are not steps of the method: the overview, the whole
 * poster (every topic at a glance, the way around during the session) and the documentation
 * (report and bundle), which closes the session. */
export type Section = 'overview' | 'poster' | 'report' | StepKey;

/** The steps the screens offer now, in session order. */
export function sectionsOf(index: PackIndex): Section[] {
  return [...OPENING_STEPS, ...index.topics.map((t) => topicStep(t.id as TopicId)), ...CLOSING_STEPS];
}

/** Everything the previous/next buttons walk through, in order. */
export function walkOf(index: PackIndex): Section[] {
  return [...sectionsOf(index), 'report', 'overview'];
}

export function parseSection(raw: string | null, index: PackIndex): Section {
  if (raw === 'overview' || raw === 'poster' || raw === 'report') return raw;
  const all = sectionsOf(index);
  return all.find((s) => s === raw) ?? 'goal';
}

export function sectionHref(id: WorkshopId, section: Section): string {
  return hrefOf({ name: 'workshop', id, section });
}

export function topicOf(section: Section): TopicId | null {
  return section.startsWith('topic:') ? (section.slice(6) as TopicId) : null;
}

/** A step's name in the reader's language (a topic by its title in the pack). */
export function sectionLabel(section: Section, index: PackIndex, lang: Lang): string {
  const topicId = topicOf(section);
  if (topicId) return index.topic(topicId)?.title[lang] ?? topicId;
  if (section === 'actions' || section === 'preconditions' || section === 'decision') return i18n.t(`decision:steps.${section}`);
  return i18n.t(`workshop:steps.${section as 'overview' | 'poster' | 'report' | 'goal' | 'participants' | 'values'}`);
}
