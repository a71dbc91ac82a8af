// Why: the topic board: all questions of one of the eleven topics with their notes, readable
// from across the table, and the photos of the poster for this topic.
import type { TopicId } from '../../../domain/ids';
import { useT } from '../../../i18n/use-t';
import { PhotoStrip } from '../photos/PhotoStrip';
import { StepIntro } from '../StepIntro';
import { useWorkshopData } from '../workshop-context';
import { QuestionCard } from './QuestionCard';

export function TopicStep({ topicId }: { topicId: TopicId }) {
  const { lang, t } = useT();
  const { index } = useWorkshopData();
  const topic = index.topic(topicId);
  const group = index.groupOf(topicId);
  if (!topic) return null;
  return (
    <section aria-labelledby="step-title" class="step topic">
      <StepIntro id="step-title" preHeading={group?.title[lang]} title={topic.title[lang]} intro={topic.intro} />
      <div class="questions">
        {topic.questions.map((q, i) => (
          <QuestionCard key={q.id} question={q} number={i + 1} of={topic.questions.length} />
        ))}
      </div>
      <PhotoStrip target={{ kind: 'topic', topicId }} title={t('workshop:photos.topicTitle', { topic: topic.title[lang] })} />
    </section>
  );
}
