// Why: exporting the bundle alone is a small state machine (idle, busy, done in one of three
// ways, failed) that the export panel and the documentation step both show.
import { useState } from 'preact/hooks';
import type { WorkshopId } from '../../domain/ids';
import { saveSignerName } from '../../storage/keys-repo';
import { deliver, makeBundleFile, noteExported, type Delivery, type ExportFailure } from './export-flow';

export type BundleExportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly how: Delivery; readonly name: string; readonly sessionKey: boolean }
  | { readonly kind: 'failed'; readonly failure: ExportFailure };

export function useBundleExport(workshopId: WorkshopId) {
  const [status, setStatus] = useState<BundleExportStatus>({ kind: 'idle' });
  const run = async (title: string, signer: string) => {
    setStatus({ kind: 'busy' });
    const name = signer.trim();
    await saveSignerName(name);
    const made = await makeBundleFile(workshopId, name);
    if (!made.ok) {
      setStatus({ kind: 'failed', failure: made.failure });
      return;
    }
    const how = await deliver(made.file, title);
    if (how !== 'cancelled') await noteExported(made);
    setStatus({ kind: 'done', how, name: made.file.name, sessionKey: made.key.kind === 'session-only' });
  };
  return { status, run };
}
