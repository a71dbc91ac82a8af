// Why: the conditions are what a "go under conditions" decision rests on; the decision step
// lists them with their state, so the group decides with them in view.
import { Link } from '../../../shell/Link';
import type { ActionPoint } from '../../../domain/action-point';
import { conditionsMet } from '../../../domain/decision-rules';
import { isOverdue } from '../../../domain/follow-up';
import { todayIso } from '../../../domain/time';
import { useT } from '../../../i18n/use-t';
import { formatDate } from '../../../i18n/format';
import { sectionHref } from '../sections';
import { useWorkshopData } from '../workshop-context';
import { ownerLabel } from '../../shared/closing-labels';

export function ConditionList({ points }: { points: readonly ActionPoint[] }) {
  const { t, lang } = useT();
  const { workshop, participants } = useWorkshopData();
  const conditions = points.filter((p) => p.isCondition && p.status !== 'dropped');
  const c = conditionsMet(points);
  const today = todayIso();
  return (
    <section class="panel" aria-labelledby="conditions-title">
      <h3 class="nl-heading nl-heading--level-2" id="conditions-title">
        {t('decision:decision.conditionsTitle')}
        {c.total > 0 && <span class="heading-extra"> · {t('decision:decision.conditionsMet', { met: c.met, total: c.total })}</span>}
      </h3>
      {conditions.length === 0 ? (
        <p class="nl-paragraph subtle">{t('decision:decision.conditionsNone')}</p>
      ) : (
        <ul class="plain-list conditions">
          {conditions.map((p) => (
            <li key={p.id} class={`condition condition--${p.status}`} data-condition={p.id}>
              <span class="condition__mark" aria-hidden="true">
                {p.status === 'done' ? '✓' : '○'}
              </span>
              <div class="condition__body">
                <p class="condition__title">{p.title}</p>
                <p class="condition__meta subtle">
                  {ownerLabel(p.owner, participants)}
                  {p.dueDate && ` · ${t('decision:actions.due', { date: formatDate(p.dueDate, lang) })}`}
                  {isOverdue(p, today) && <strong class="ap__late"> · {t('decision:actions.figures.overdue')}</strong>}
                </p>
              </div>
              <span class={`status-pill status-pill--${p.status}`}>{t(`decision:status.${p.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {c.dropped > 0 && <p class="nl-paragraph subtle">{t('decision:decision.conditionsDropped', { count: c.dropped })}</p>}
      <Link class="nl-link link-target" href={sectionHref(workshop.id, 'actions')}>
        {t('decision:decision.toActions')}
      </Link>
    </section>
  );
}
