// Why: the parking lot of the session in one place: the questions the group parked (with what
// is needed to return to them) and every note written as an open question, each a link back to
// where it was said. It is what the group still owes itself, and what an evaluation picks up.
import { Link } from '../../../shell/Link';
import { parkingLot } from '../../../domain/parking-lot';
import { useT } from '../../../i18n/use-t';
import { useWorkshopNotes } from '../closing/use-closing-data';
import { sectionHref } from '../sections';
import { useWorkshopData } from '../workshop-context';

export function ParkingLot() {
  const { t, lang } = useT();
  const { workshop, index, states } = useWorkshopData();
  const notes = useWorkshopNotes(workshop.id);
  const items = parkingLot(index.shapes, states, notes.status === 'ready' ? notes.value : []);
  const parked = items.filter((i) => i.kind === 'parked').length;
  const question = (id: string) => index.question(id as never)?.question.text[lang] ?? id;
  return (
    <section class="panel parking-lot" aria-labelledby="parked-title">
      <h3 class="nl-heading nl-heading--level-2" id="parked-title">
        {t('workshop:overview.parkingTitle', { count: items.length })}
      </h3>
      <p class="nl-paragraph subtle">{t('workshop:overview.parkingHint', { parked, questions: items.length - parked })}</p>
      {items.length === 0 ? (
        <p class="nl-paragraph subtle">{t('workshop:overview.parkedNone')}</p>
      ) : (
        <ul class="plain-list">
          {items.map((item) => {
            const href = item.topicId ? `${sectionHref(workshop.id, `topic:${item.topicId}`)}#vraag-${item.questionId}` : null;
            const where = item.topicId ? index.topic(item.topicId)?.title[lang] : null;
            return (
              <li key={item.kind === 'parked' ? `p-${item.questionId}` : item.noteId} class="list-row parking-lot__item" data-kind={item.kind}>
                <div>
                  <span class={`badge parking-lot__kind parking-lot__kind--${item.kind}`}>{t(`workshop:overview.parkingKind.${item.kind}`)}</span>{' '}
                  {item.kind === 'parked' ? (
                    href && (
                      <Link class="nl-link link-target" href={href}>
                        {question(item.questionId)}
                      </Link>
                    )
                  ) : (
                    <span class="parking-lot__text prewrap">{item.text}</span>
                  )}
                  <div class="subtle">
                    {item.kind === 'open-question' && href ? (
                      <Link class="nl-link" href={href}>
                        {[where, question(item.questionId)].filter(Boolean).join(' · ')}
                      </Link>
                    ) : (
                      where
                    )}
                    {item.kind === 'parked' && (item.reason ? ` · ${item.reason}` : ` · ${t('workshop:overview.parkedNoReason')}`)}
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
