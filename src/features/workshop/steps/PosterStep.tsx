// Why: the whole poster, as the A0 DEDA poster lies on the table: the eleven topics in their
// groups, each showing how far the group got (notes, concerns, questions discussed, parked,
// open) and where the session is now. It is the way around during the session: one tap from
// every topic board, one tap into any topic. The progress overview stays for the details.
import { Link } from '../../../shell/Link';
import type { QuestionId, TopicId } from '../../../domain/ids';
import { topicProgress } from '../../../domain/progress';
import { topicStep } from '../../../domain/steps';
import { useT } from '../../../i18n/use-t';
import { lastTopic } from '../../../storage/preferences';
import { useScreenFit } from '../board-mode';
import { sectionHref } from '../sections';
import { StepIntro } from '../StepIntro';
import { useConcernCounts } from '../use-workshop-data';
import { useNoteCountsData, useWorkshopData } from '../workshop-context';
import './poster.css';

export function PosterStep() {
  const { t, lang } = useT();
  const { workshop, index, states } = useWorkshopData();
  const noteCounts = useNoteCountsData();
  const concerns = useConcernCounts(workshop.id);
  const here = lastTopic(workshop.id);
  // The poster is one screen, as the paper one is one sheet: no page scroll in either orientation.
  useScreenFit(true);
  const concernsOf = (questionIds: readonly QuestionId[]) => (concerns.status === 'ready' ? questionIds.reduce((n, q) => n + (concerns.value.get(q) ?? 0), 0) : 0);
  return (
    <section aria-labelledby="step-title" class="step poster-step">
      <StepIntro id="step-title" title={t('workshop:poster.title')} />
      <div class="poster">
        {index.pack.groups.map((g) => (
          <section key={g.id} class={`poster__group${g.topics.length > 2 ? ' poster__group--wide' : ''}`} aria-labelledby={`poster-${g.id}`}>
            <h3 class="poster__group-title" id={`poster-${g.id}`}>
              {g.title[lang]}
            </h3>
            <ul class="poster__topics">
              {g.topics.map((topic) => {
                const id = topic.id as TopicId;
                const shape = index.shapes.find((s) => s.id === id);
                const p = shape ? topicProgress(shape, states, noteCounts) : null;
                const current = here === id;
                const n = shape ? concernsOf(shape.questionIds) : 0;
                return (
                  <li key={id}>
                    <Link class={`poster__tile poster__tile--${p?.status ?? 'empty'}${current ? ' poster__tile--current' : ''}`} href={sectionHref(workshop.id, topicStep(id))} aria-current={current ? 'location' : undefined}>
                      <span class="poster__topic">{topic.title[lang]}</span>
                      {current && <span class="poster__here">{t('workshop:poster.here')}</span>}
                      <span class="poster__counts">
                        <span>{t('workshop:poster.notes', { count: p?.notes ?? 0 })}</span>
                        <span class={n > 0 ? 'poster__concerns' : undefined}>{t('workshop:poster.concerns', { count: n })}</span>
                      </span>
                      {p && (
                        <span class="poster__states">
                          <span class="poster__state poster__state--discussed">{t('workshop:poster.discussed', { count: p.discussed })}</span>
                          {p.notApplicable > 0 && <span class="poster__state">{t('workshop:poster.notApplicable', { count: p.notApplicable })}</span>}
                          <span class="poster__state poster__state--parked">{t('workshop:poster.parked', { count: p.parked })}</span>
                          <span class="poster__state poster__state--open">{t('workshop:poster.open', { count: p.open })}</span>
                        </span>
                      )}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
      <p class="nl-paragraph subtle poster__more">
        <Link class="nl-link link-target" href={sectionHref(workshop.id, 'overview')}>
          {t('workshop:poster.overview')}
        </Link>
      </p>
    </section>
  );
}
