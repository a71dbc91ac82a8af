// Why: "both" on the documentation step must give a PDF and a bundle that provably belong
// together. One reading of the workshop becomes the signed bundle, and the report made from
// that same reading names the bundle in its appendix: the signer's fingerprint and the SHA-256
// of the signed payload, the two lines `npm run verify` prints. Nothing is written here; the
// caller notes the export only once the files have left the device.
import type { WorkshopId } from '../../domain/ids';
import { makePdf, type PdfFailure } from '../shared/report/make-pdf';
import type { WorkingStep } from '../shared/report/use-report';
import { makeBundleWithProof, type ExportFailure, type MadeWithProof } from './export-flow';

/** Signing the bundle, then the report's own steps. */
export type BothStep = { readonly step: 'bundle' } | WorkingStep;

export type BothFailure =
  | { readonly part: 'bundle'; readonly failure: ExportFailure }
  | { readonly part: 'report'; readonly failure: PdfFailure }
  /** Something outside the known failures threw (a storage fault while reading, say). */
  | { readonly part: 'unexpected' };

export type BothMade =
  /** files: the PDF first (what people open), then the bundle. */
  | { readonly ok: true; readonly files: readonly [File, File]; readonly made: MadeWithProof }
  | { readonly ok: false; readonly failure: BothFailure };

export async function makeBoth(id: WorkshopId, signer: string, onStep: (s: BothStep) => void): Promise<BothMade> {
  onStep({ step: 'bundle' });
  const made = await makeBundleWithProof(id, signer);
  if (!made.ok) return { ok: false, failure: { part: 'bundle', failure: made.failure } };
  onStep({ step: 'loading' });
  const pdf = await makePdf(made.source.graph, made.source.pack, { exportedAt: new Date(made.at), bundle: made.proof }, onStep);
  if (!pdf.ok) return { ok: false, failure: { part: 'report', failure: pdf.failure } };
  const report = new File([pdf.report.blob], pdf.report.fileName, { type: 'application/pdf' });
  return { ok: true, files: [report, made.file], made };
}
