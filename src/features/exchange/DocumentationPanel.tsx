// Why: the documentation step's choices, `<DocumentationPanel workshopId={id} />`. Its code and
// texts (namespaces exchange and report) load only when the step is shown, so none of it
// reaches the first load.
import { lazyScreen } from '../../shell/lazy';
import type { WorkshopId } from '../../domain/ids';

export const DocumentationPanel = lazyScreen<{ workshopId: WorkshopId }>(['exchange', 'report'], () => import('./DocumentationPanelBody').then((m) => m.DocumentationPanelBody));
