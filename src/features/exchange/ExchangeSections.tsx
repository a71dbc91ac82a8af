// Why: what the device page shows about carrying workshops: the device key, trusted signers,
// the backup and the versions an import replaced. One lazy part, so the device page loads
// this code and the exchange texts only when it is opened.
import { lazyScreen } from '../../shell/lazy';

export const ExchangeSections = lazyScreen<object>(['exchange'], () => import('./ExchangeSectionsBody').then((m) => m.ExchangeSectionsBody));
