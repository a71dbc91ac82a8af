// Why: a name in a bundle is only what someone typed. When a key this device does not know
// signs under the name of a signer it trusts (or its own), the person must see that BEFORE
// importing, with both fingerprints side by side to compare over the phone: the green
// "signature matches" alone would make an impostor look like the colleague.
import { Fragment, type Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { Signer } from '../../exchange/bundle';
import { useT } from '../../i18n/use-t';
import type { NameHolder } from '../../storage/import-repo';

/** `level`: 2 for a single bundle's preview, 3 inside a backup's list of workshops. */
type Props = { signer: Signer; sameName: readonly NameHolder[]; headingRef?: Ref<HTMLHeadingElement>; level?: 2 | 3 };

export function NameWarning({ signer, sameName, headingRef, level = 2 }: Props) {
  const { t } = useT();
  const id = useId();
  const name = sameName[0]?.name ?? signer.name;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="utrecht-alert utrecht-alert--error name-warning" aria-labelledby={id} data-name-warning>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <Heading class={`nl-heading nl-heading--level-${level}`} id={id} tabIndex={-1} ref={headingRef}>
            {t('exchange:import.impostor.title', { name })}
          </Heading>
          <p class="nl-paragraph">{t('exchange:import.impostor.text', { name, signed: signer.name })}</p>
          <dl class="facts">
            <dt>{t('exchange:import.impostor.inBundle')}</dt>
            <dd class="fingerprint" data-fingerprint-incoming>
              {signer.fingerprint}
            </dd>
            {sameName.map((h, i) => (
              <Fragment key={i}>
                <dt>{h.source === 'this-device' ? t('exchange:import.impostor.knownOwn', { name: h.name }) : t('exchange:import.impostor.known', { name: h.name })}</dt>
                <dd class="fingerprint" data-fingerprint-known>
                  {h.fingerprint ?? t('exchange:import.impostor.noKey')}
                </dd>
              </Fragment>
            ))}
          </dl>
        </div>
      </div>
    </section>
  );
}
