// Why: "the ethics fire goes out" when action points are not followed up. This screen, one
// tap from the home screen, lists every open action point of every workshop on the device,
// overdue first, filterable by workshop and by owner; a status changed here is the status in
// the workshop. A device with many workshops holds hundreds of points: the list shows a page of
// them (overdue first) and more on request, so the screen stays quick to open.
import { useEffect, useRef, useState } from 'preact/hooks';
import '../../ui/forms-more.css';
import '../workshop/workshop.css';
import '../workshop/closing/closing.css';
import './follow-up.css';
import type { ActionPoint } from '../../domain/action-point';
import { firstPage, FOLLOW_UP_PAGE, followUpList, isOverdue, NO_FILTER, type FollowUpFilter } from '../../domain/follow-up';
import type { WorkshopId } from '../../domain/ids';
import { todayIso } from '../../domain/time';
import { useT } from '../../i18n/use-t';
import { Link } from '../../shell/Link';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { doneByProposal, ownerLabel } from '../shared/closing-labels';
import { FollowUpItem } from './FollowUpItem';
import { useFollowUp } from './use-follow-up';

export function FollowUpScreen() {
  const { t } = useT();
  const data = useFollowUp();
  const [filter, setFilterState] = useState<FollowUpFilter>(NO_FILTER);
  const [limit, setLimit] = useState(FOLLOW_UP_PAGE);
  const list = useRef<HTMLUListElement>(null);
  // After "show more", focus moves to the first point that was added, where reading goes on.
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    const at = focusAt.current;
    focusAt.current = null;
    if (at !== null) list.current?.querySelectorAll<HTMLElement>('.ap__title')[at]?.focus();
  }, [limit]);
  const setFilter = (next: FollowUpFilter) => {
    setFilterState(next);
    setLimit(FOLLOW_UP_PAGE);
  };
  useEffect(() => {
    document.title = `${t('decision:followUp.title')} · ${t('app.name')}`;
  }, [t]);

  const heading = (
    <div class="page-head">
      <div>
        <Link class="nl-link link-target" href="/">
          {t('nav.back')}
        </Link>
        <h1 class="nl-heading nl-heading--level-1" id="follow-up-title">
          {t('decision:followUp.title')}
        </h1>
        <p class="nl-paragraph subtle">{t('decision:followUp.intro')}</p>
      </div>
    </div>
  );
  if (data.status === 'error')
    return (
      <section aria-labelledby="follow-up-title">
        {heading}
        <Alert type="error">{t(`storage.problem.${data.problem}`)}</Alert>
      </section>
    );
  if (data.status === 'loading')
    return (
      <section aria-labelledby="follow-up-title">
        {heading}
      </section>
    );

  const { items, participants, continued } = data.value;
  const today = todayIso();
  const workshopOf = new Map(items.map((i) => [i.point.id, i.workshop]));
  const owner = (p: ActionPoint) => ownerLabel(p.owner, participants);
  const ownerKey = (p: ActionPoint) => owner(p).toLocaleLowerCase();
  const all = followUpList(items.map((i) => i.point), NO_FILTER, today, ownerKey, continued);
  const shown = followUpList(all, filter, today, ownerKey, continued);
  const late = shown.filter((p) => isOverdue(p, today)).length;
  const page = firstPage(shown, limit);
  const workshopOptions = [...new Map(all.map((p) => [p.workshopId, workshopOf.get(p.id)?.title ?? ''])).entries()].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  const ownerOptions = [...new Map(all.map((p) => [ownerKey(p), owner(p)])).entries()].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));

  return (
    <section aria-labelledby="follow-up-title" class="follow-up">
      {heading}
      {all.length === 0 ? (
        <div class="empty">
          <p class="nl-paragraph">{t('decision:followUp.none')}</p>
        </div>
      ) : (
        <>
          <div class="follow-up__filters field-grid" role="group" aria-label={t('decision:followUp.listLabel')}>
            <SelectField
              label={t('decision:followUp.filterWorkshop')}
              value={filter.workshopId ?? ''}
              empty={t('decision:followUp.all')}
              options={workshopOptions}
              onChange={(v) => setFilter({ ...filter, workshopId: (v || null) as WorkshopId | null })}
            />
            <SelectField label={t('decision:followUp.filterOwner')} value={filter.owner ?? ''} empty={t('decision:followUp.all')} options={ownerOptions} onChange={(v) => setFilter({ ...filter, owner: v || null })} />
          </div>
          <p class="follow-up__count" role="status">
            <strong>{t('decision:followUp.count', { count: shown.length })}</strong>
            {late > 0 && <span class="follow-up__late">, {t('decision:followUp.overdueCount', { count: late })}</span>}
            {page.more > 0 && <span>, {t('decision:followUp.shown', { shown: page.shown.length })}</span>}
          </p>
          {shown.length === 0 ? (
            <p class="nl-paragraph subtle">{t('decision:followUp.noneFiltered')}</p>
          ) : (
            <>
              <ul class="ap-list" aria-label={t('decision:followUp.listLabel')} ref={list}>
                {page.shown.map((p) => {
                  const w = workshopOf.get(p.id);
                  return w ? <FollowUpItem key={p.id} point={p} workshop={w} owner={owner(p)} doneBy={doneByProposal(p.owner, participants)} today={today} /> : null;
                })}
              </ul>
              {page.more > 0 && (
                <p class="follow-up__more">
                  <Button
                    appearance="secondary"
                    onClick={() => {
                      focusAt.current = page.shown.length;
                      setLimit(page.shown.length + FOLLOW_UP_PAGE);
                    }}
                  >
                    {t('decision:followUp.more', { count: page.more, next: page.next })}
                  </Button>
                </p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
