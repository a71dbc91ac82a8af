// Why: rendering the report in Node needs what the browser gets elsewhere: the font files from
// the npm package and the photos as they are stored. Shared by the renderer tests and the bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPack } from '../../../src/content/packs/default-pack';
import type { WorkshopGraph } from '../../../src/domain/workshop-graph';
import { buildReport, type BundleRef } from '../../../src/report/build-report';
import { FALLBACK_FAMILIES } from '../../../src/report/pdf/fallback-fonts';
import type { FallbackFace, FontFiles } from '../../../src/report/pdf/fonts';
import { passThroughImage, prepareImages } from '../../../src/report/pdf/images';
import { renderReport } from '../../../src/report/pdf/render-report';
import type { ReportModel } from '../../../src/report/report-model';
import { reportTexts } from '../../../src/report/report-texts';

const FONTS = fileURLToPath(new URL('../../../node_modules/@expo-google-fonts', import.meta.url));
const FONT_DIR = join(FONTS, 'noto-sans');

let fonts: FontFiles | null = null;

const read = (path: string) => new Uint8Array(readFileSync(path));

/** The fallback fonts as generate.ts fetches them in the browser. */
export function nodeFallbacks(): FallbackFace[] {
  return FALLBACK_FAMILIES.map((f) => ({
    tag: f.tag,
    name: f.name,
    regular: read(join(FONTS, f.pkg, `400Regular/${f.name}_400Regular.ttf`)),
    ...(f.hasBold ? { bold: read(join(FONTS, f.pkg, `700Bold/${f.name}_700Bold.ttf`)) } : {}),
  }));
}

/** Read once, as the browser fetches them once. */
export function nodeFonts(): FontFiles {
  fonts ??= {
    regular: read(join(FONT_DIR, '400Regular/NotoSans_400Regular.ttf')),
    bold: read(join(FONT_DIR, '700Bold/NotoSans_700Bold.ttf')),
    fallbacks: nodeFallbacks(),
  };
  return fonts;
}

export async function modelOf(graph: WorkshopGraph, bundle: BundleRef | null = null): Promise<ReportModel> {
  const t = await reportTexts(graph.workshop.lang);
  return buildReport(graph, defaultPack, { t, exportedAt: new Date('2026-11-12T15:30:00.000Z'), appVersion: '0.1.0', bundle });
}

export async function pdfOf(graph: WorkshopGraph, bundle: BundleRef | null = null): Promise<{ model: ReportModel; pdf: Uint8Array }> {
  const model = await modelOf(graph, bundle);
  const images = await prepareImages(graph.attachments, passThroughImage);
  const pdf = await renderReport(model, { fonts: nodeFonts(), images });
  return { model, pdf };
}
