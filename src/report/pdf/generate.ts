// Why: the browser's way into the report: the only module the report button loads (with
// import(), so jsPDF and the fonts never weigh on the first load). It fetches the two font
// files (precached by the service worker, so this works offline), shrinks the photos on a
// canvas, builds the layout in the workshop's language and sets it as a PDF. The fallback fonts
// (fallback-fonts.ts) are fetched, from the same precache, only for a report with a character
// Noto Sans lacks.
import emojiBoldUrl from '@expo-google-fonts/noto-emoji/700Bold/NotoEmoji_700Bold.ttf?url';
import emojiUrl from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import arabicBoldUrl from '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?url';
import arabicUrl from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import hebrewBoldUrl from '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf?url';
import hebrewUrl from '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf?url';
import mathUrl from '@expo-google-fonts/noto-sans-math/400Regular/NotoSansMath_400Regular.ttf?url';
import symbols2Url from '@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf?url';
import symbolsBoldUrl from '@expo-google-fonts/noto-sans-symbols/700Bold/NotoSansSymbols_700Bold.ttf?url';
import symbolsUrl from '@expo-google-fonts/noto-sans-symbols/400Regular/NotoSansSymbols_400Regular.ttf?url';
import type { ContentPack } from '../../content/pack-types';
import type { WorkshopGraph } from '../../domain/workshop-graph';
import { buildReport, type BundleRef } from '../build-report';
import type { ReportEarlier } from '../report-comparison';
import { reportTexts } from '../report-texts';
import { FALLBACK_FAMILIES } from './fallback-fonts';
import { binaryString, needsFallbacks, type FallbackFace, type FontFiles } from './fonts';
import { prepareImages, shrinkImage } from './images';
import { renderReport } from './render-report';

export type GenerateStep =
  | { readonly step: 'photos'; readonly done: number; readonly total: number }
  | { readonly step: 'pages'; readonly done: number; readonly total: number }
  | { readonly step: 'saving' };

export interface GeneratedReport {
  readonly blob: Blob;
  /** With the .pdf extension. */
  readonly fileName: string;
}

let fonts: Promise<FontFiles> | null = null;
let fallbacks: Promise<FallbackFace[]> | null = null;

/** The files of each fallback family, by its tag in FALLBACK_FAMILIES. */
const FALLBACK_URLS: Record<string, { regular: string; bold?: string }> = {
  AR: { regular: arabicUrl, bold: arabicBoldUrl },
  HE: { regular: hebrewUrl, bold: hebrewBoldUrl },
  MA: { regular: mathUrl },
  SY: { regular: symbolsUrl, bold: symbolsBoldUrl },
  SZ: { regular: symbols2Url },
  EM: { regular: emojiUrl, bold: emojiBoldUrl },
};

/** A file the report needs (a font) could not be loaded: neither from the precache nor the network. */
export class ReportAssetError extends Error {
  override readonly name = 'ReportAssetError';
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url).catch(() => null);
  if (!response?.ok) throw new ReportAssetError(`could not load ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

function loadFonts(): Promise<FontFiles> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  // A failed fetch must not stick: the next try fetches again.
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}

function loadFallbacks(): Promise<FallbackFace[]> {
  fallbacks ??= Promise.all(
    FALLBACK_FAMILIES.map(async (f): Promise<FallbackFace> => {
      const urls = FALLBACK_URLS[f.tag];
      if (!urls) throw new ReportAssetError(`no files for ${f.name}`);
      const [regular, bold] = await Promise.all([fetchBytes(urls.regular), urls.bold ? fetchBytes(urls.bold) : Promise.resolve(undefined)]);
      return { tag: f.tag, name: f.name, regular, ...(bold ? { bold } : {}) };
    }),
  );
  fallbacks.catch(() => {
    fallbacks = null;
  });
  return fallbacks;
}

/**
 * Gets the fonts ready ahead of a tap (from the precache, converted once), so that the first
 * report on a screen costs about what a second one does. Failing here is harmless: the report
 * itself loads the fonts again and says so if it cannot.
 */
export async function warmUp(): Promise<void> {
  const files = await loadFonts();
  binaryString(files.regular);
  binaryString(files.bold);
}

export async function generateReport(
  graph: WorkshopGraph,
  pack: ContentPack,
  options: { readonly appVersion: string; readonly exportedAt?: Date; readonly bundle?: BundleRef | null; readonly earlier?: ReportEarlier | null },
  onStep: (s: GenerateStep) => void = () => undefined,
): Promise<GeneratedReport> {
  const [t, fontFiles] = await Promise.all([reportTexts(graph.workshop.lang), loadFonts()]);
  const images = await prepareImages(graph.attachments, shrinkImage, (done, total) => onStep({ step: 'photos', done, total }));
  const model = buildReport(graph, pack, { t, exportedAt: options.exportedAt ?? new Date(), appVersion: options.appVersion, bundle: options.bundle ?? null, earlier: options.earlier ?? null });
  const extra = needsFallbacks(JSON.stringify(model), fontFiles) ? await loadFallbacks() : [];
  const bytes = await renderReport(model, { fonts: { ...fontFiles, fallbacks: extra }, images }, ({ done, total }) => onStep({ step: 'pages', done, total }));
  onStep({ step: 'saving' });
  return { blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }), fileName: `${model.fileName}.pdf` };
}
