// Why: the session moves forward step by step; "previous" and "next" at the end of every
// step keep the order without taking away the freedom to jump through the rail. Leaving the
// goal empty is allowed, but the app says plainly that DEDA starts there.
import { Link } from '../../shell/Link';
import { hasGoal } from '../../domain/goal';
import { useT } from '../../i18n/use-t';
import { sectionHref, walkOf, type Section, sectionLabel } from './sections';
import { useWorkshopData } from './workshop-context';

export function StepNav({ current }: { current: Section }) {
  const { t, lang } = useT();
  const { workshop, index } = useWorkshopData();
  const all: Section[] = walkOf(index);
  const i = all.indexOf(current);
  const prev = i > 0 ? all[i - 1] : undefined;
  const next = i >= 0 && i < all.length - 1 ? all[i + 1] : undefined;
  return (
    <nav class="step-nav" aria-label={t('workshop:nav.label')}>
      {current === 'goal' && !hasGoal(workshop.goal) && <p class="step-nav__warning">{t('workshop:goal.emptyOnLeave')}</p>}
      <div class="step-nav__links">
        {prev ? (
          <Link class="step-nav__link step-nav__link--prev" href={sectionHref(workshop.id, prev)} rel="prev">
            <span class="step-nav__dir">{t('workshop:nav.previous')}</span>
            <span class="step-nav__name">{sectionLabel(prev, index, lang)}</span>
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link class="step-nav__link step-nav__link--next" href={sectionHref(workshop.id, next)} rel="next">
            <span class="step-nav__dir">{t('workshop:nav.next')}</span>
            <span class="step-nav__name">{sectionLabel(next, index, lang)}</span>
          </Link>
        )}
      </div>
    </nav>
  );
}
