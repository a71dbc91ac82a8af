// Why: screens look things up in a pack all the time (which topic a question belongs to, the
// topics in order, a topic's questions); one index built once per pack answers that.
import type { QuestionId, TopicId } from '../domain/ids';
import type { TopicShape } from '../domain/progress';
import { withEveryLang } from './pack-langs';
import type { ContentPack, PackGroup, PackQuestion, PackTopic } from './pack-types';

export interface PackIndex {
  readonly pack: ContentPack;
  readonly topics: readonly PackTopic[];
  readonly shapes: readonly TopicShape[];
  groupOf(topicId: TopicId): PackGroup | undefined;
  topic(topicId: TopicId): PackTopic | undefined;
  question(questionId: QuestionId): { topic: PackTopic; question: PackQuestion } | undefined;
}

const cache = new WeakMap<ContentPack, PackIndex>();

export function indexPack(stored: ContentPack): PackIndex {
  const hit = cache.get(stored);
  if (hit) return hit;
  // Every text in every language the app speaks, so a screen never shows an empty one.
  const pack = withEveryLang(stored);
  const topics = pack.groups.flatMap((g) => g.topics);
  const groupByTopic = new Map<string, PackGroup>(pack.groups.flatMap((g) => g.topics.map((t) => [t.id, g] as const)));
  const topicById = new Map<string, PackTopic>(topics.map((t) => [t.id, t]));
  const questionById = new Map<string, { topic: PackTopic; question: PackQuestion }>(topics.flatMap((t) => t.questions.map((q) => [q.id, { topic: t, question: q }] as const)));
  const index: PackIndex = {
    pack,
    topics,
    shapes: topics.map((t) => ({ id: t.id as TopicId, questionIds: t.questions.map((q) => q.id as QuestionId) })),
    groupOf: (id) => groupByTopic.get(id),
    topic: (id) => topicById.get(id),
    question: (id) => questionById.get(id),
  };
  cache.set(stored, index);
  return index;
}
