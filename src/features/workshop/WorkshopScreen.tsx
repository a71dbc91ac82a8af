// Why: the workshop itself. This first slice shows what the workshop is and whether it is on
// this device; the steps of the session are added by the workshop-flow work.
import { useEffect } from 'preact/hooks';
import '../../ui/forms-more.css';
import { Link } from '../../app/Link';
import type { WorkshopId } from '../../domain/ids';
import { useT } from '../../i18n/use-t';
import { useLive } from '../../storage/live';
import { getWorkshop } from '../../storage/workshops-repo';
import { formatDate } from '../../ui/format';

export function WorkshopScreen({ id }: { id: WorkshopId; section: string | null }) {
  const { t, lang } = useT();
  const workshop = useLive(() => getWorkshop(id), [id]);
  const w = workshop.status === 'ready' ? workshop.value : undefined;
  useEffect(() => {
    if (w) document.title = `${w.title} · ${t('app.name')}`;
  }, [w?.title, t]);

  if (workshop.status === 'loading') return <p class="nl-paragraph subtle">{t('workshop:loading')}</p>;
  if (!w)
    return (
      <section>
        <h1 class="nl-heading nl-heading--level-1">{t('workshop:notFound.title')}</h1>
        <p class="nl-paragraph">{t('workshop:notFound.body')}</p>
        <Link class="nl-link" href="/">
          {t('nav.back')}
        </Link>
      </section>
    );
  return (
    <section aria-labelledby="workshop-title">
      <h1 class="nl-heading nl-heading--level-1" id="workshop-title">
        {w.title}
      </h1>
      <p class="nl-paragraph subtle">{[w.organisation, w.dataProject, formatDate(w.date, lang), w.place].filter(Boolean).join(' · ')}</p>
    </section>
  );
}
