// Why: the device page's exchange sections in their order (see ExchangeSections).
import './exchange.css';
import { BackupSection } from './BackupSection';
import { DeviceKeySection } from './DeviceKeySection';
import { RecoverySection } from './RecoverySection';
import { TrustedSignersSection } from './TrustedSignersSection';

export function ExchangeSectionsBody() {
  return (
    <>
      <BackupSection />
      <RecoverySection />
      <DeviceKeySection />
      <TrustedSignersSection />
    </>
  );
}
