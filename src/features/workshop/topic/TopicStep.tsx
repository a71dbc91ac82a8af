// Why: the topic board: all questions of one of the eleven topics with their notes, readable
// from across the table, and the photos of the poster for this topic.
import { useMemo, useRef } from 'preact/hooks';
import type { TopicId } from '../../../domain/ids';
import { useT } from '../../../i18n/use-t';
import { PhotoStrip } from '../photos/PhotoStrip';
import { StepIntro } from '../StepIntro';
import { useActionPoints } from '../closing/use-closing-data';
import { NotesWithActionContext, useWorkshopData } from '../workshop-context';
import { QuestionCard } from './QuestionCard';

export function TopicStep({ topicId }: { topicId: TopicId }) {
  const { lang, t } = useT();
  const { index, workshop } = useWorkshopData();
  const points = useActionPoints(workshop.id);
  // A note that became an action point says so on the board, so the group does not make it
  // twice. The set keeps its identity while its members stay the same: a new set would
  // re-render every card of a board of hundreds.
  const last = useRef<ReadonlySet<string>>(new Set());
  const fromNotes = useMemo(() => {
    const ids = points.status === 'ready' ? points.value.flatMap((p) => (p.origin.kind === 'note' ? [p.origin.noteId as string] : [])) : [];
    if (ids.length !== last.current.size || ids.some((id) => !last.current.has(id))) last.current = new Set(ids);
    return last.current;
  }, [points]);
  const topic = index.topic(topicId);
  const group = index.groupOf(topicId);
  // The board waits for that one small read, so its cards are drawn once, not twice.
  if (!topic || points.status === 'loading') return null;
  return (
    <section aria-labelledby="step-title" class="step topic">
      <StepIntro id="step-title" preHeading={group?.title[lang]} title={topic.title[lang]} intro={topic.intro} />
      <NotesWithActionContext.Provider value={fromNotes}>
        <div class="questions">
          {topic.questions.map((q, i) => (
            <QuestionCard key={q.id} question={q} number={i + 1} of={topic.questions.length} />
          ))}
        </div>
      </NotesWithActionContext.Provider>
      <PhotoStrip target={{ kind: 'topic', topicId }} title={t('workshop:photos.topicTitle', { topic: topic.title[lang] })} />
    </section>
  );
}
