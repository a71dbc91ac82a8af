// Why: the export part the workshop screen shows: `<ExportPanel workshopId={id} />`. It loads
// its code and its texts (namespace exchange) only when it is shown, so nothing of the
// exchange reaches the first load.
import { lazyScreen } from '../../app/lazy';
import type { WorkshopId } from '../../domain/ids';

export const ExportPanel = lazyScreen<{ workshopId: WorkshopId }>(['exchange'], () => import('./ExportPanelBody').then((m) => m.ExportPanelBody));
