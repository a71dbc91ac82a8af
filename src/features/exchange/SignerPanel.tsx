// Why: who signed the bundle, and whether this device knows them: the name is what the signer
// typed (so only a hint), the fingerprint is what proves it, read aloud to compare. A key
// this device does not know under a name it does know is never trusted in one tap: the
// choice appears only after the person confirmed the warning (`trustOffered`), and says that
// the device will then know two keys under that name.
import type { Signer } from '../../exchange/bundle';
import { useT } from '../../i18n/use-t';
import type { SignerStatus } from '../../storage/import-repo';
import { Alert } from '../../ui/Alert';
import { formatMoment } from '../../i18n/format';

type Props = { signer: Signer; status: SignerStatus; trust: boolean; onTrust: (v: boolean) => void; trustOffered: boolean; knownName: string };

const TONE: Record<SignerStatus, 'ok' | 'warning' | 'error'> = { 'this-device': 'ok', trusted: 'ok', unknown: 'warning', 'name-of-another-key': 'error' };

export function SignerPanel({ signer, status, trust, onTrust, trustOffered, knownName }: Props) {
  const { t, lang } = useT();
  const canTrust = (status === 'unknown' || status === 'name-of-another-key') && trustOffered;
  return (
    <section class="panel" aria-labelledby="signer-title">
      <h2 class="nl-heading nl-heading--level-2" id="signer-title">
        {t('exchange:import.signer.title')}
      </h2>
      <dl class="facts">
        <dt>{t('exchange:import.signer.name')}</dt>
        <dd data-signer-name>{signer.name || t('exchange:import.signer.noName')}</dd>
        <dt>{t('exchange:import.signer.fingerprint')}</dt>
        <dd class="fingerprint" data-fingerprint>
          {signer.fingerprint}
        </dd>
        <dt>{t('exchange:import.signer.signedAt')}</dt>
        <dd>{formatMoment(signer.signedAt, lang)}</dd>
      </dl>
      <Alert type={TONE[status]}>
        <span data-signer-status={status}>{t(`exchange:import.signer.${status}`)}</span>
      </Alert>
      {canTrust && (
        <label class="choice">
          <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" checked={trust} onChange={(e) => onTrust(e.currentTarget.checked)} data-trust />
          <span>{status === 'name-of-another-key' ? t('exchange:import.signer.trustOther', { name: knownName }) : t('exchange:import.signer.trust')}</span>
        </label>
      )}
    </section>
  );
}
