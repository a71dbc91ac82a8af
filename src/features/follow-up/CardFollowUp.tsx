// Why: a workshop card on the home screen says how many of its conditions are met and how
// many action points are late, so overdue work is seen a month later without opening
// anything. Loaded after the home screen (not part of the first load), with its own strings;
// it reads only that workshop's action points.
import { useEffect, useState } from 'preact/hooks';
import type { WorkshopId } from '../../domain/ids';
import { loadNamespaces, namespacesLoaded } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { pointsSummary } from '../../storage/action-points-repo';
import { useLive } from '../../storage/live';
import './follow-up-card.css';

export function CardFollowUp({ workshopId }: { workshopId: WorkshopId }) {
  const { t, lang } = useT();
  const [ready, setReady] = useState(() => namespacesLoaded(['decision']));
  useEffect(() => {
    if (!ready) void loadNamespaces(['decision']).then(() => setReady(true), () => undefined);
  }, [ready, lang]);
  const summary = useLive(() => pointsSummary(workshopId), [workshopId]);
  if (!ready || summary.status !== 'ready') return null;
  const s = summary.value;
  if (s.total === 0 && s.overdue === 0) return null;
  return (
    <p class="card__follow-up">
      {s.total > 0 && (
        <span class={`card__conditions${s.met === s.total ? ' card__conditions--met' : ''}`} data-conditions>
          {t('decision:card.conditions', { met: s.met, total: s.total })}
        </span>
      )}
      {s.overdue > 0 && (
        <span class="card__overdue" data-overdue>
          {t('decision:card.overdue', { count: s.overdue })}
        </span>
      )}
    </p>
  );
}
