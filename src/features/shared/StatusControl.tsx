// Why: an action point moves on with one press per step, never by accident: the statuses are
// buttons (arrow keys move nothing, a press is a choice), "open" and "in progress" are stored at
// once, and "done" and "dropped" (which take the point out of the open work, and move its card)
// ask first: what was done, by whom and when, or why it is let go. Used on the actions step and
// in the follow-up view, so a status changed in either place is the same status. After a
// change the focus stays with the point, wherever its card now stands.
import { useState } from 'preact/hooks';
import { showNotice } from '../../shell/notices';
import { ACTION_STATUSES, type ActionPoint, type ActionStatus } from '../../domain/action-point';
import { useT } from '../../i18n/use-t';
import { setActionStatus } from '../../storage/action-points-repo';
import { DoneDialog, DropDialog, type Changed } from './StatusDialogs';

/**
 * Puts the focus on the point's new status once its card is drawn where it now belongs (the
 * stored change comes back through a live query, a few frames later; a dialog closing gives
 * the focus back to where it was opened first). Gives up after about a second.
 */
function refocus(id: string, status: ActionStatus): void {
  const selector = `[data-action-point="${CSS.escape(id)}"] .ap-status .ap-status--${status}[aria-pressed="true"]`;
  let frames = 0;
  const step = () => {
    const target = document.querySelector<HTMLElement>(selector);
    if (target && document.activeElement === target && frames > 2) return;
    if (target && document.activeElement !== target) target.focus();
    frames += 1;
    if (frames < 60) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

export function StatusControl({ point, onChanged, doneBy = '' }: { point: ActionPoint; onChanged?: Changed; doneBy?: string }) {
  const { t } = useT();
  const [asking, setAsking] = useState<'done' | 'dropped' | null>(null);
  const stored = (before: ActionPoint, status: ActionStatus) => {
    setAsking(null);
    onChanged?.(before, status);
    refocus(before.id, status);
  };
  const choose = async (status: ActionStatus) => {
    if (status === 'done' || status === 'dropped') {
      setAsking(status);
      return;
    }
    if (status === point.status) return;
    const r = await setActionStatus(point, status);
    if (r.ok) stored(point, status);
    else if (!('refused' in r)) showNotice({ id: `status-${point.id}`, text: t(`storage.problem.${r.problem}`), tone: 'error', dismissible: true, actions: [] });
  };
  return (
    <div class="ap-status" role="group" aria-label={t('decision:status.legend', { title: point.title })}>
      <div class="segmented segmented--compact">
        {ACTION_STATUSES.map((s) => (
          <button key={s} type="button" class={`segmented__option ap-status__option ap-status--${s}`} aria-pressed={point.status === s} onClick={() => void choose(s)}>
            <span>
              {t(`decision:status.${s}`)}
              {(s === 'done' || s === 'dropped') && <span aria-hidden="true">…</span>}
            </span>
          </button>
        ))}
      </div>
      {asking === 'dropped' && <DropDialog point={point} onClose={() => setAsking(null)} onStored={stored} />}
      {asking === 'done' && <DoneDialog point={point} by={doneBy} onClose={() => setAsking(null)} onStored={stored} />}
    </div>
  );
}
