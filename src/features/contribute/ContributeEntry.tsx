// Why: the route's door to the phone's screen. The shell names only this tiny chunk; this chunk
// loads the screen with its scanner, QR encoder and styles. Named by the shell directly, every
// one of those files would be listed in the first load (about 100 bytes gzip it cannot spare).
import { lazyPart } from '../../shell/lazy';

export const ContributeEntry = lazyPart(() => import('./ContributeScreen').then((m) => m.ContributeScreen));
