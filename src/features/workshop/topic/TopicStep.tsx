// Why: the topic board: all questions of one of the eleven topics with their notes, and the
// photos of the poster for this topic. At the table it is a poster (all questions side by
// side, post-its as large tiles, no page scroll); for longer typing it is a list. The board
// also remembers that the session is here, so the whole poster can mark it.
// The poster is planned from its post-its (poster-layout.ts): each question card tells the board
// the shape of its notes, and the board lays the questions out in columns or rows where a quiet
// question may share one with its neighbour.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TopicId } from '../../../domain/ids';
import { useT } from '../../../i18n/use-t';
import { rememberTopic } from '../../../storage/preferences';
import { useBoardLayout } from '../board-mode';
import { PhotoStrip } from '../photos/PhotoStrip';
import { StepIntro } from '../StepIntro';
import { useActionPoints } from '../closing/use-closing-data';
import { BoardContext, NotesWithActionContext, useWorkshopData } from '../workshop-context';
import type { NotesShape, QuestionShape } from './poster-layout';
import { QuestionCard } from './QuestionCard';
import { questionText, sameNotesShape, usePosterPlan } from './use-poster-plan';
import { TopicTools } from './TopicBar';
import { useTopicPanels } from './topic-panels';
import './board.css';

export function TopicStep({ topicId }: { topicId: TopicId }) {
  const { lang, t } = useT();
  const { index, workshop } = useWorkshopData();
  const points = useActionPoints(workshop.id);
  const { layout } = useBoardLayout();
  const board = layout === 'table';
  // The intro and the photos open from the menu in the workshop bar; a new topic starts with both closed.
  const panels = useTopicPanels();
  const photos = board && panels.photos;
  useEffect(() => {
    rememberTopic(workshop.id, topicId);
    return panels.close;
  }, [workshop.id, topicId]);
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
  // What each question holds, as its card reports it; the plan follows every added note.
  const [shapes, setShapes] = useState<ReadonlyMap<string, NotesShape>>(new Map());
  const onShape = useCallback((qid: string, shape: NotesShape) => {
    setShapes((m) => (sameNotesShape(m.get(qid), shape) ? m : new Map(m).set(qid, shape)));
  }, []);
  // Each question's shape stays the same object while its words and notes do: the planner keeps
  // what it found per shape, so a note added re-plans its own question's post-its only.
  // The list itself too, while every shape in it is the same: a new list would re-plan the poster.
  const shaped = useRef(new Map<string, QuestionShape>());
  const lastOrdered = useRef<readonly QuestionShape[]>([]);
  const ordered = useMemo(() => {
    const next = (topic?.questions ?? []).map((q) => {
      const shape = { text: questionText(q.text[lang]), ...(shapes.get(q.id) ?? { notes: [], reason: false }) };
      const before = shaped.current.get(q.id);
      if (before && before.text === shape.text && sameNotesShape(before, shape)) return before;
      shaped.current.set(q.id, shape);
      return shape;
    });
    if (next.length !== lastOrdered.current.length || next.some((q, i) => q !== lastOrdered.current[i])) lastOrdered.current = next;
    return lastOrdered.current;
  }, [topic, lang, shapes]);
  const { ref, plan } = usePosterPlan(ordered, board && !photos);
  // The cards do not wait for the action points: their notes are read at the same time (waiting
  // made every board open two reads long). The marks come with the points; while no point was made
  // from a note the set stays the same one, so no card is drawn again for it.
  if (!topic) return null;
  const photoStrip = <PhotoStrip target={{ kind: 'topic', topicId }} title={t('workshop:photos.topicTitle', { topic: topic.title[lang] })} />;
  return (
    <section aria-labelledby="step-title" class={`step topic${board ? ' topic--board' : ''}`}>
      {!board && <StepIntro id="step-title" preHeading={group?.title[lang]} title={topic.title[lang]} intro={topic.intro} />}
      {!board && <TopicTools topicId={topicId} />}
      {board && panels.intro && (
        <p class="board-head__intro" id="board-intro">
          {topic.intro[lang]}
        </p>
      )}
      {photos ? (
        <div class="board-photos">{photoStrip}</div>
      ) : (
        <BoardContext.Provider value={board}>
          <NotesWithActionContext.Provider value={fromNotes}>
            <div class="questions" data-count={topic.questions.length} data-planned={plan ? plan.direction : undefined} ref={ref}>
              {topic.questions.map((q, i) => (
                <QuestionCard key={q.id} question={q} number={i + 1} of={topic.questions.length} board={board} cell={plan ? { rect: plan.rects[i]!, tiles: plan.tiles[i] ?? 1, head: plan.heads[i]! } : undefined} onShape={board ? onShape : undefined} />
              ))}
            </div>
          </NotesWithActionContext.Provider>
        </BoardContext.Provider>
      )}
      {!board && photoStrip}
    </section>
  );
}
