// Why: one open action point in the follow-up view: what, who, by when (and how late), which
// workshop it belongs to, whether it blocks a project, and its status, changeable right here.
import { PART, WithPart } from '../../ui/WithPart';
import { Link } from '../../shell/Link';
import { showNotice } from '../../shell/notices';
import { hrefOf } from '../../shell/router';
import type { ActionPoint, ActionStatus } from '../../domain/action-point';
import { daysOverdue } from '../../domain/follow-up';
import type { IsoDate } from '../../domain/time';
import type { Workshop } from '../../domain/workshop';
import { useT } from '../../i18n/use-t';
import { setActionStatus } from '../../storage/action-points-repo';
import { formatDate } from '../../i18n/format';
import { StatusControl } from '../shared/StatusControl';

/** `doneBy`: who "done" proposes as the one who did it (the owner, when that is a name). */
type Props = { point: ActionPoint; workshop: Workshop; owner: string; doneBy: string; today: IsoDate };

function undoable(t: ReturnType<typeof useT>['t']) {
  return (before: ActionPoint, status: ActionStatus) => {
    if (status === 'open' || status === 'in-progress') return;
    showNotice({
      id: `follow-${before.id}`,
      text: `${t(`decision:status.${status}`)}: ${before.title}`,
      tone: 'info',
      dismissible: true,
      timeoutMs: 10000,
      actions: [{ label: t('actions.undo'), primary: true, run: () => void setActionStatus(before, before.status, before.dropReason) }],
    });
  };
}

export function FollowUpItem({ point, workshop, owner, doneBy, today }: Props) {
  const { t, lang } = useT();
  const late = daysOverdue(point, today);
  return (
    <li class={`ap${point.isCondition ? ' ap--condition' : ''}${late > 0 ? ' ap--late' : ''}`} data-action-point={point.id}>
      <div class="ap__head">
        <h2 class="ap__title" tabIndex={-1} lang={workshop.lang}>
          {point.title}
        </h2>
        <div class="ap__badges">
          {late > 0 && <span class="badge badge--late">{t('decision:actions.overdue', { count: late })}</span>}
          {point.isCondition && <span class="badge badge--condition">{t('decision:actions.condition')}</span>}
          {point.priority === 'high' && <span class="badge">{t('decision:priority.high')}</span>}
        </div>
      </div>
      <p class="ap__meta">
        <span>{owner}</span>
        <span aria-hidden="true"> · </span>
        <span>{point.dueDate ? t('decision:actions.due', { date: formatDate(point.dueDate, lang) }) : t('decision:actions.noDue')}</span>
      </p>
      <p class="ap__origin">
        <Link class="nl-link follow-up__workshop" href={hrefOf({ name: 'workshop', id: workshop.id, section: 'actions' })}>
          <WithPart text={t('decision:followUp.workshop', { title: PART })}>
            <span lang={workshop.lang}>{workshop.title}</span>
          </WithPart>
        </Link>
      </p>
      <StatusControl point={point} onChanged={undoable(t)} doneBy={doneBy} />
    </li>
  );
}
