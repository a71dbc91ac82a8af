// Why: exporting the bundle alone is a small state machine (idle, busy, done in one of three
// ways, failed) that the export panel and the documentation step both show; the same for an
// encrypted bundle, which only needs the passphrase as well.
import { useState } from 'preact/hooks';
import type { WorkshopId } from '../../domain/ids';
import { saveSignerName } from '../../storage/keys-repo';
import { deliver, makeBundleFile, makeEncryptedBundleFile, noteExported, type Delivery, type ExportFailure } from './export-flow';

export type BundleExportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly encrypted: boolean }
  | { readonly kind: 'done'; readonly how: Delivery; readonly name: string; readonly sessionKey: boolean; readonly encrypted: boolean }
  | { readonly kind: 'failed'; readonly failure: ExportFailure };

export function useBundleExport(workshopId: WorkshopId) {
  const [status, setStatus] = useState<BundleExportStatus>({ kind: 'idle' });
  /** `passphrase`: encrypt the bundle under it (already checked by the dialog). */
  const run = async (title: string, signer: string, passphrase?: string) => {
    setStatus({ kind: 'busy', encrypted: passphrase !== undefined });
    const name = signer.trim();
    await saveSignerName(name);
    const made = passphrase === undefined ? await makeBundleFile(workshopId, name) : await makeEncryptedBundleFile(workshopId, name, passphrase);
    if (!made.ok) {
      setStatus({ kind: 'failed', failure: made.failure });
      return;
    }
    const how = await deliver(made.file, title);
    if (how !== 'cancelled') await noteExported(made);
    setStatus({ kind: 'done', how, name: made.file.name, sessionKey: made.key.kind === 'session-only', encrypted: passphrase !== undefined });
  };
  return { status, run };
}
