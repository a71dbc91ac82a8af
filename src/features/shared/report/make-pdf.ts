// Why: the report is made in two places (the report alone, and the report with its bundle),
// and both must load the PDF code on demand (never in the first load) and tell a missing part
// of the app from a fault while rendering. This is that one path; it changes no data.
import type { ContentPack } from '../../../content/pack-types';
import type { WorkshopGraph } from '../../../domain/workshop-graph';
import type { BundleRef } from '../../../report/build-report';
import { earlierSession } from '../../../storage/evaluation-repo';
import type { GenerateStep, GeneratedReport } from '../../../report/pdf/generate';

/** `load`: the PDF code or a font could not be fetched; `render`: anything else went wrong. */
export type PdfFailure = 'load' | 'render';

export type PdfResult = { readonly ok: true; readonly report: GeneratedReport } | { readonly ok: false; readonly failure: PdfFailure };

/** The report's code (jsPDF, layout, fonts' URLs), from the precache when offline; null if it cannot be loaded. */
export function loadGenerator() {
  return import('../../../report/pdf/generate').catch(() => null);
}

export async function makePdf(
  graph: WorkshopGraph,
  pack: ContentPack,
  options: { readonly exportedAt?: Date; readonly bundle?: BundleRef | null },
  onStep: (s: GenerateStep) => void,
): Promise<PdfResult> {
  const mod = await loadGenerator();
  if (!mod) return { ok: false, failure: 'load' };
  try {
    // An evaluation's report compares with the first session, read from this device.
    const earlier = graph.workshop.kind === 'evaluation' ? await earlierSession(graph.workshop) : null;
    return { ok: true, report: await mod.generateReport(graph, pack, { appVersion: __APP_VERSION__, ...options, earlier }, onStep) };
  } catch (error) {
    const assetMissing = error instanceof Error && error.name === 'ReportAssetError';
    if (!assetMissing) console.error('DEDA Tafel: report failed', error);
    return { ok: false, failure: assetMissing ? 'load' : 'render' };
  }
}
