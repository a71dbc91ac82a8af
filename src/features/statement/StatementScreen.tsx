// Why: a Dutch public body must publish an accessibility statement for the apps it offers.
// The app carries its own part of it, in the order of the government's model statement:
// what is covered, which standard, how it was tested, the result, and what is still missing.
// The texts are ours; an organisation that offers the app adds its name, contact and date.
import { useEffect } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import './statement.css';

const METHODS = ['axe', 'keyboard', 'zoom', 'manual'] as const;
const MISSING = ['poster', 'compare', 'pdf', 'screenreader'] as const;

export function StatementScreen() {
  const { t } = useT();
  useEffect(() => {
    document.title = `${t('statement:title')} · ${t('app.name')}`;
  }, [t]);
  return (
    <section aria-labelledby="statement-title" class="statement">
      <h1 class="nl-heading nl-heading--level-1" id="statement-title">
        {t('statement:title')}
      </h1>
      <p class="nl-paragraph nl-paragraph--lead">{t('statement:intro')}</p>

      <section class="panel" aria-labelledby="statement-scope">
        <h2 class="nl-heading nl-heading--level-2" id="statement-scope">
          {t('statement:scope.title')}
        </h2>
        <p class="nl-paragraph">{t('statement:scope.body', { version: __APP_VERSION__ })}</p>
        <p class="nl-paragraph subtle">{t('statement:scope.owner')}</p>
      </section>

      <section class="panel" aria-labelledby="statement-standard">
        <h2 class="nl-heading nl-heading--level-2" id="statement-standard">
          {t('statement:standard.title')}
        </h2>
        <p class="nl-paragraph">{t('statement:standard.body')}</p>
      </section>

      <section class="panel" aria-labelledby="statement-method">
        <h2 class="nl-heading nl-heading--level-2" id="statement-method">
          {t('statement:method.title')}
        </h2>
        <ul class="statement__list">
          {METHODS.map((m) => (
            <li key={m}>{t(`statement:method.${m}`)}</li>
          ))}
        </ul>
      </section>

      <section class="panel" aria-labelledby="statement-result">
        <h2 class="nl-heading nl-heading--level-2" id="statement-result">
          {t('statement:result.title')}
        </h2>
        <p class="nl-paragraph">
          <strong>{t('statement:result.status')}</strong>
        </p>
        <p class="nl-paragraph">{t('statement:result.body')}</p>
      </section>

      <section class="panel" aria-labelledby="statement-missing">
        <h2 class="nl-heading nl-heading--level-2" id="statement-missing">
          {t('statement:missing.title')}
        </h2>
        <ul class="statement__list">
          {MISSING.map((m) => (
            <li key={m}>{t(`statement:missing.${m}`)}</li>
          ))}
        </ul>
      </section>

      <section class="panel" aria-labelledby="statement-contact">
        <h2 class="nl-heading nl-heading--level-2" id="statement-contact">
          {t('statement:contact.title')}
        </h2>
        <p class="nl-paragraph">{t('statement:contact.body')}</p>
      </section>
    </section>
  );
}
