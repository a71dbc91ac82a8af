// Why: making the report and the bundle together takes seconds, and handing two files over
// has one more turn than one: the share sheet may refuse to open because the tap that started
// it is too long ago, so then the person taps once more ("ready"). The workshop is marked as
// exported only after the files have actually left (shared or saved), never on a failure.
import { useRef, useState } from 'preact/hooks';
import type { WorkshopId } from '../../domain/ids';
import { saveSignerName } from '../../storage/keys-repo';
import { makeBoth, type BothFailure, type BothStep } from './both-flow';
import { canShareFiles, downloadFiles, noteExported, shareFiles, type Delivery, type MadeWithProof } from './export-flow';

type Made = { readonly files: readonly File[]; readonly made: MadeWithProof; readonly title: string };

export type BothState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly step: BothStep }
  /** Both files are made; the share sheet needs a fresh tap. */
  | ({ readonly kind: 'ready' } & Made)
  | { readonly kind: 'done'; readonly how: Delivery; readonly names: readonly string[]; readonly fingerprint: string; readonly sha256: string; readonly sessionKey: boolean }
  | { readonly kind: 'failed'; readonly failure: BothFailure };

export function useBothExport(workshopId: WorkshopId) {
  const [state, setState] = useState<BothState>({ kind: 'idle' });
  const busy = useRef(false);

  const finish = async ({ files, made }: Made, how: Delivery) => {
    if (how !== 'cancelled') await noteExported(made);
    setState({ kind: 'done', how, names: files.map((f) => f.name), fingerprint: made.proof.signerFingerprint, sha256: made.proof.sha256, sessionKey: made.key.kind === 'session-only' });
  };

  /** Share sheet where the device takes both files at once, else one download each. */
  const handOver = async (m: Made, secondTap: boolean) => {
    if (canShareFiles(m.files)) {
      const shared = await shareFiles(m.files, m.title);
      if (shared === 'shared' || shared === 'cancelled') return finish(m, shared);
      if (shared === 'blocked' && !secondTap) return setState({ kind: 'ready', ...m });
      // No share target after all: save them instead.
    }
    downloadFiles(m.files);
    return finish(m, 'downloaded');
  };

  const run = async (title: string, signer: string) => {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: 'working', step: { step: 'bundle' } });
    try {
      const name = signer.trim();
      const r = await makeBoth(workshopId, name, (step) => setState({ kind: 'working', step }));
      if (!r.ok) return setState({ kind: 'failed', failure: r.failure });
      await saveSignerName(name);
      await handOver({ files: r.files, made: r.made, title }, false);
    } catch (error) {
      console.error('DEDA Tafel: report and bundle failed', error);
      setState({ kind: 'failed', failure: { part: 'unexpected' } });
    } finally {
      busy.current = false;
    }
  };

  /** From "ready": this tap opens the share sheet (or saves, where it still cannot). */
  const share = (m: Made) => void handOver(m, true);
  const save = (m: Made) => {
    downloadFiles(m.files);
    void finish(m, 'downloaded');
  };

  return { state, run, share, save };
}
