// Why: the signers this device was told to trust, each removable: trust is the person's
// decision, so it must be visible and reversible. Two trusted keys under one name are marked:
// the person may have trusted a new key of a colleague, or an impostor.
import { showNotice } from '../../shell/notices';
import { useT } from '../../i18n/use-t';
import { sameSignerName } from '../../exchange/signer-name';
import { forgetSigner, listTrustedSigners } from '../../storage/keys-repo';
import { useLive } from '../../storage/live';
import { Button } from '../../ui/Button';

export function TrustedSignersSection() {
  const { t } = useT();
  const signers = useLive(() => listTrustedSigners(), []);
  const list = signers.status === 'ready' ? signers.value : [];
  return (
    <section class="panel" aria-labelledby="trusted-title">
      <h2 class="nl-heading nl-heading--level-2" id="trusted-title">
        {t('exchange:trusted.title')}
      </h2>
      <p class="nl-paragraph subtle">{t('exchange:trusted.explain')}</p>
      {list.length === 0 ? (
        <p class="nl-paragraph">{t('exchange:trusted.none')}</p>
      ) : (
        <ul class="plain-list">
          {list.map((s) => (
            <li class="list-row" key={s.kid}>
              <div>
                <strong>{s.name}</strong>
                <div class="fingerprint">{s.fingerprint}</div>
                {list.some((o) => o.kid !== s.kid && sameSignerName(o.name, s.name)) && (
                  <div class="badge badge--warning" data-same-name>
                    {t('exchange:trusted.sameName')}
                  </div>
                )}
              </div>
              <Button
                appearance="subtle"
                aria-label={t('exchange:trusted.removeLabel', { name: s.name })}
                onClick={async () => {
                  const r = await forgetSigner(s.kid);
                  if (r.ok) showNotice({ id: 'trusted', text: t('exchange:trusted.removed', { name: s.name }), tone: 'info', dismissible: true, actions: [], timeoutMs: 5000 });
                }}
              >
                {t('exchange:trusted.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
