// Why: the overview ends where the session ends: how many action points are open and done,
// how many conditions are met, and what was decided; for an evaluation session, what changed
// since the first one.
import { Link } from '../../../shell/Link';
import { isOpen } from '../../../domain/action-point';
import { conditionsMet } from '../../../domain/decision-rules';
import { useT } from '../../../i18n/use-t';
import { formatDate } from '../../../i18n/format';
import { sectionHref } from '../sections';
import { useWorkshopData } from '../workshop-context';
import './closing.css';
import { ComparisonPanel } from './ComparisonPanel';
import { useActionPoints } from './use-closing-data';

export function ClosingSummary() {
  const { t, lang } = useT();
  const { workshop } = useWorkshopData();
  const points = useActionPoints(workshop.id);
  const list = points.status === 'ready' ? points.value : [];
  const c = conditionsMet(list);
  const d = workshop.decision;
  return (
    <>
      {workshop.kind === 'evaluation' && <ComparisonPanel />}
      <section class="panel closing-summary" aria-labelledby="closing-title">
        <h3 class="nl-heading nl-heading--level-2" id="closing-title">
          {t('decision:summary.title')}
        </h3>
        <dl class="closing-summary__facts">
          <div>
            <dt>
              <Link class="nl-link" href={sectionHref(workshop.id, 'actions')}>
                {t('decision:summary.actions')}
              </Link>
            </dt>
            <dd>{t('decision:summary.actionsLine', { open: list.filter(isOpen).length, done: list.filter((p) => p.status === 'done').length })}</dd>
          </div>
          <div>
            <dt>{t('decision:summary.conditions')}</dt>
            <dd>{t('decision:summary.conditionsLine', { met: c.met, total: c.total })}</dd>
          </div>
          <div>
            <dt>
              <Link class="nl-link" href={sectionHref(workshop.id, 'decision')}>
                {t('decision:summary.decision')}
              </Link>
            </dt>
            <dd>
              {d ? t(`decision:decision.outcomes.${d.outcome}`) : t('decision:summary.noDecision')}
              {d?.date && <span class="subtle"> · {formatDate(d.date, lang)}</span>}
            </dd>
          </div>
        </dl>
      </section>
    </>
  );
}
