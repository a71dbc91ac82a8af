// Why: a workshop card on the home screen says how many of its conditions are met and how
// many action points are late, so overdue work is seen a month later without opening
// anything. Part of the first load with its two strings (in the home namespace), so that the
// line is drawn with the card: the home screen has every card's summary in its first frame
// (storage/first-read.ts, then one live query, pointsSummaries), and a card only draws what it
// is given.
import type { PointsSummary } from '../../domain/follow-up';
import { useT } from '../../i18n/use-t';
import './follow-up-card.css';

export function CardFollowUp({ summary: s }: { summary: PointsSummary | undefined }) {
  const { t } = useT();
  if (!s || (s.total === 0 && s.overdue === 0)) return null;
  return (
    <p class="card__follow-up">
      {s.total > 0 && (
        <span class={`card__conditions${s.met === s.total ? ' card__conditions--met' : ''}`} data-conditions>
          {t('home:card.conditions', { met: s.met, total: s.total })}
        </span>
      )}
      {s.overdue > 0 && (
        <span class="card__overdue" data-overdue>
          {t('home:card.overdue', { count: s.overdue })}
        </span>
      )}
    </p>
  );
}
