// Why: the browser's way into the IAMA start document: loaded with import() only when asked for,
// in the workshop's language, made on this device with no network.
import type { WorkshopGraph } from '../../domain/workshop-graph';
import { todayIso } from '../../domain/time';
import { DOCX_TYPE, docx } from '../docx/docx';
import { reportTexts } from '../report-texts';
import { safeFileName, words } from '../report-words';
import { iamaStart } from './iama-start';

export async function generateIamaStart(graph: WorkshopGraph, now: Date = new Date()): Promise<{ blob: Blob; fileName: string }> {
  const t = await reportTexts(graph.workshop.lang);
  const say = words(t, graph.workshop.lang, graph.participants);
  const bytes = docx(iamaStart(graph, say), now);
  const w = graph.workshop;
  return { blob: new Blob([bytes], { type: DOCX_TYPE }), fileName: `${safeFileName([w.date ?? todayIso(now), w.title, t('iama.fileName')])}.docx` };
}
