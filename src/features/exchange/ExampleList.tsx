// Why: the anonymised copies opened on this device are not workshops, so they are not on the
// home screen; they are found where they came in, on the import screen.
import { useT } from '../../i18n/use-t';
import { Link } from '../../shell/Link';
import { hrefOf } from '../../shell/router';
import { listExamples } from '../../storage/examples-repo';
import { useLive } from '../../storage/live';

export function ExampleList() {
  const { t } = useT();
  const live = useLive(() => listExamples(), []);
  if (live.status !== 'ready' || live.value.length === 0) return null;
  return (
    <section aria-labelledby="examples-title" class="stack" data-example-list>
      <h2 class="nl-heading nl-heading--level-2" id="examples-title">
        {t('exchange:anon.example.list')}
      </h2>
      <ul>
        {live.value.map((e) => (
          <li key={e.id}>
            <Link class="nl-link link-target" href={hrefOf({ name: 'example', id: e.id })}>
              {e.title}
            </Link>{' '}
            · {t('exchange:anon.example.badge')}
          </li>
        ))}
      </ul>
    </section>
  );
}
