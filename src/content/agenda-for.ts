// Why: the steps of a workshop depend on the topics its pack holds; the default agenda and
// the step sequence are derived from the pack here, in one place.
import { defaultAgenda, type AgendaItem } from '../domain/agenda';
import type { TopicId } from '../domain/ids';
import { stepSequence, type StepKey } from '../domain/steps';
import type { ContentPack } from './pack-types';

export function topicIdsOf(pack: ContentPack): TopicId[] {
  return pack.groups.flatMap((g) => g.topics.map((t) => t.id as TopicId));
}

export function stepsOf(pack: ContentPack): StepKey[] {
  return stepSequence(topicIdsOf(pack));
}

export function agendaFor(pack: ContentPack): AgendaItem[] {
  return defaultAgenda(stepsOf(pack));
}
