// Why: the browser's way into the web version of the report: the same model as the PDF, in
// the workshop's language, with each photo embedded as it is stored on the device. Loaded with
// import() only when asked for; it needs no font files and no network.
import type { ContentPack } from '../../content/pack-types';
import type { WorkshopGraph } from '../../domain/workshop-graph';
import { base64 } from '../../exchange/base64';
import { buildReport, type BundleRef } from '../build-report';
import type { ReportEarlier } from '../report-comparison';
import { reportTexts } from '../report-texts';
import { renderHtml } from './render-html';

export interface GeneratedHtml {
  readonly blob: Blob;
  /** With the .html extension. */
  readonly fileName: string;
}

export async function generateHtmlReport(
  graph: WorkshopGraph,
  pack: ContentPack,
  options: { readonly appVersion: string; readonly exportedAt?: Date; readonly bundle?: BundleRef | null; readonly earlier?: ReportEarlier | null },
): Promise<GeneratedHtml> {
  const t = await reportTexts(graph.workshop.lang);
  const model = buildReport(graph, pack, { t, exportedAt: options.exportedAt ?? new Date(), appVersion: options.appVersion, bundle: options.bundle ?? null, earlier: options.earlier ?? null });
  const photos = new Map<string, string>();
  for (const a of graph.attachments) {
    try {
      photos.set(a.id, `data:${a.mediaType};base64,${base64.encode(new Uint8Array(await a.blob.arrayBuffer()))}`);
    } catch {
      // Left out: the report says the photo could not be read.
    }
  }
  const html = renderHtml(model, photos);
  return { blob: new Blob([html], { type: 'text/html;charset=utf-8' }), fileName: `${model.fileName}.html` };
}
