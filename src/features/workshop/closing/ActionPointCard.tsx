// Why: one action point as the group sees it: what, who, by when, whether it blocks the
// project, where it came from, and its status; editing and deleting (with undo) in place.
import { useState } from 'preact/hooks';
import { Link } from '../../../shell/Link';
import { offerUndo } from '../../shared/offer-undo';
import type { ActionPoint } from '../../../domain/action-point';
import { hasDoneRecord, type DraftProblem } from '../../../domain/action-rules';
import { daysOverdue } from '../../../domain/follow-up';
import { todayIso } from '../../../domain/time';
import { useT } from '../../../i18n/use-t';
import { deleteActionPoint, isActionDraft, restoreActionPoint, updateActionPoint, type ActionDraft } from '../../../storage/action-points-repo';
import { dropDraft, keepDraft } from '../../../storage/drafts';
import { Button } from '../../../ui/Button';
import { focusAfter } from '../../../ui/focus-after';
import { announce } from '../../../shell/announce';
import { formatDate } from '../../../i18n/format';
import { sectionHref } from '../sections';
import { readKept } from '../use-kept-draft';
import { useContentLang, useWorkshopData } from '../workshop-context';
import { ActionPointForm } from './ActionPointForm';
import { doneByProposal, ownerLabel, preconditionName } from '../../shared/closing-labels';
import { StatusControl } from '../../shared/StatusControl';

function draftOf(p: ActionPoint): ActionDraft {
  return { title: p.title, description: p.description, owner: p.owner, dueDate: p.dueDate, priority: p.priority, isCondition: p.isCondition, valueId: p.valueId, precondition: p.precondition };
}

function Origin({ point, continued }: { point: ActionPoint; continued: boolean }) {
  const { t, lang } = useT();
  const { workshop, index } = useWorkshopData();
  const o = point.origin;
  return (
    <>
      {o.kind === 'note' && (
        <p class="ap__origin">
          {t('decision:origin.note', { topic: (o.topicId && index.topic(o.topicId)?.title[lang]) || index.question(o.questionId)?.topic.title[lang] || '' })}{' '}
          <Link class="nl-link link-target" href={`${sectionHref(workshop.id, `topic:${o.topicId ?? index.question(o.questionId)?.topic.id ?? ''}`)}#vraag-${o.questionId}`}>
            {t('decision:origin.noteLink')}
          </Link>
        </p>
      )}
      {o.kind === 'precondition' && <p class="ap__origin">{t('decision:origin.precondition', { name: preconditionName(o.precondition) })}</p>}
      {o.kind === 'carried-over' && <p class="ap__origin">{t('decision:origin.carried')}</p>}
      {continued && <p class="ap__origin ap__origin--on">{t('decision:origin.carriedOn')}</p>}
    </>
  );
}

export function ActionPointCard({ point, continued = false }: { point: ActionPoint; continued?: boolean }) {
  const { t, lang } = useT();
  const contentLang = useContentLang();
  const { workshop, participants } = useWorkshopData();
  // An edit is kept as a draft until saved or cancelled, so a reload reopens it as typed.
  const editKey = `${point.workshopId}:${point.id}:action-edit`;
  const [editing, setEditingState] = useState<ActionDraft | null>(() => readKept(editKey, isActionDraft));
  const setEditing = (d: ActionDraft | null) => {
    if ((d === null) !== (editing === null)) focusAfter(`[data-action-point="${point.id}"] ${d ? 'textarea' : '.ap__actions button'}`);
    setEditingState(d);
    if (d) keepDraft(editKey, JSON.stringify(d));
    else dropDraft(editKey);
  };
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const late = daysOverdue(point, todayIso());
  const value = point.valueId ? workshop.values.entries.find((v) => v.id === point.valueId) : undefined;

  const save = async () => {
    if (!editing) return;
    const r = await updateActionPoint(point, editing);
    if (r.ok) {
      setEditing(null);
      announce(t('decision:actions.changedSaid', { title: editing.title.trim() }));
    } else if ('refused' in r) setProblem(r.refused);
  };
  const remove = async () => {
    focusAfter();
    const r = await deleteActionPoint(point);
    if (r.ok)
      offerUndo({
        key: `ap-${point.id}`,
        said: t('decision:actions.deleted'),
        what: t('workshop:removed.actionPoint'),
        content: point.title,
        lang: contentLang,
        restore: () => restoreActionPoint(point),
      });
  };

  if (editing)
    return (
      <li class="ap ap--editing" data-action-point={point.id}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <ActionPointForm draft={editing} onChange={(d) => { setEditing(d); setProblem(null); }} problem={problem} name={point.id} />
          <div class="row">
            <Button appearance="primary" type="submit">
              {t('actions.save')}
            </Button>
            <Button appearance="subtle" onClick={() => setEditing(null)}>
              {t('actions.cancel')}
            </Button>
          </div>
        </form>
      </li>
    );

  return (
    <li class={`ap ap--${point.status}${point.isCondition ? ' ap--condition' : ''}${late > 0 ? ' ap--late' : ''}`} data-action-point={point.id}>
      <div class="ap__head">
        <h4 class="ap__title" lang={workshop.lang}>{point.title}</h4>
        <div class="ap__badges">
          {point.isCondition && <span class="badge badge--condition">{t('decision:actions.condition')}</span>}
          {point.priority === 'high' && <span class="badge">{t('decision:priority.high')}</span>}
        </div>
      </div>
      <p class="ap__meta">
        <span>{ownerLabel(point.owner, participants)}</span>
        <span aria-hidden="true"> · </span>
        <span>{point.dueDate ? t('decision:actions.due', { date: formatDate(point.dueDate, lang) }) : t('decision:actions.noDue')}</span>
        {late > 0 && <strong class="ap__late"> · {t('decision:actions.overdue', { count: late })}</strong>}
      </p>
      {point.description && <p class="ap__description prewrap" lang={workshop.lang}>{point.description}</p>}
      {point.status === 'dropped' && point.dropReason && <p class="ap__dropped">{t('decision:actions.droppedBecause', { reason: point.dropReason })}</p>}
      {point.status === 'done' && hasDoneRecord(point.done) && (
        <p class="ap__done prewrap">
          {[
            point.done.note ? t('decision:actions.doneBecause', { what: point.done.note }) : '',
            point.done.by ? t('decision:actions.doneDetails', { who: point.done.by }) : '',
            point.done.on ? t('decision:actions.doneDay', { date: formatDate(point.done.on, lang) }) : '',
          ]
            .filter(Boolean)
            .join(', ')}
        </p>
      )}
      {(value || point.precondition) && (
        <p class="ap__links">
          {value && <span class="badge">{t('decision:actions.value', { value: value.label })}</span>}
          {point.precondition && <span class="badge">{t('decision:actions.precondition', { name: preconditionName(point.precondition) })}</span>}
        </p>
      )}
      <Origin point={point} continued={continued} />
      <StatusControl point={point} doneBy={doneByProposal(point.owner, participants)} />
      <div class="ap__actions row">
        <Button appearance="subtle" onClick={() => { setProblem(null); setEditing(draftOf(point)); }} aria-label={t('decision:actions.editLabel', { title: point.title })}>
          {t('decision:actions.edit')}
        </Button>
        <Button appearance="subtle" danger onClick={() => void remove()} aria-label={t('decision:actions.deleteLabel', { title: point.title })}>
          {t('decision:actions.delete')}
        </Button>
      </div>
    </li>
  );
}
