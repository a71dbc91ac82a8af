// Why: the part of the URL after the workshop id says which step is open, so a reload
// returns there. This maps that text to a step and back, and orders the steps.
import type { PackIndex } from '../../content/pack-index';
import type { TopicId, WorkshopId } from '../../domain/ids';
import { CLOSING_STEPS, OPENING_STEPS, topicStep, type StepKey } from '../../domain/steps';
import { hrefOf } from '../../app/router';

export type Section = 'overview' | StepKey;

/** The steps the screens offer now, in session order. */
export function sectionsOf(index: PackIndex): Section[] {
  return [...OPENING_STEPS, ...index.topics.map((t) => topicStep(t.id as TopicId)), ...CLOSING_STEPS];
}

export function parseSection(raw: string | null, index: PackIndex): Section {
  if (raw === 'overview') return 'overview';
  const all = sectionsOf(index);
  return all.find((s) => s === raw) ?? 'goal';
}

export function sectionHref(id: WorkshopId, section: Section): string {
  return hrefOf({ name: 'workshop', id, section });
}

export function topicOf(section: Section): TopicId | null {
  return section.startsWith('topic:') ? (section.slice(6) as TopicId) : null;
}
