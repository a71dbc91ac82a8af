// Why: making a report is a small state machine (idle, working with progress, done, failed)
// that the button shows. The PDF code is loaded here with import() on the first tap, so it
// never weighs on the first load; a failure at any point leaves the workshop as it was.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { WorkshopId } from '../../../domain/ids';
import type { GenerateStep } from '../../../report/pdf/generate';
import { readReportSource } from '../../../storage/report-repo';
import { loadGenerator, makePdf } from './make-pdf';
import { downloadFile, shareableFile } from './save-file';

export type Failure = 'notFound' | 'packMissing' | 'storage' | 'render' | 'load';

/** Why the workshop could not be read for a report, as the buttons say it. */
export function failureOfSource(problem: 'not-found' | 'pack-missing' | 'storage'): Failure {
  return problem === 'not-found' ? 'notFound' : problem === 'pack-missing' ? 'packMissing' : 'storage';
}

export type WorkingStep = GenerateStep | { readonly step: 'loading' };

export type ReportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly step: WorkingStep }
  | { readonly kind: 'done'; readonly blob: Blob; readonly fileName: string; readonly share: File | null; readonly title: string }
  | { readonly kind: 'failed'; readonly failure: Failure };

/** How long the screen may settle before the PDF code and fonts are fetched from the precache. */
const WARM_UP_AFTER_MS = 1500;

export function useReport(workshopId: WorkshopId) {
  const [state, setState] = useState<ReportState>({ kind: 'idle' });
  const busy = useRef(false);

  // A report is likely once the button is on screen: load the PDF code and the fonts while the
  // tablet is idle, so that the tap gives a PDF sooner. Offline this comes from the precache.
  useEffect(() => {
    const timer = setTimeout(() => {
      loadGenerator().then((m) => m?.warmUp()).catch(() => undefined);
    }, WARM_UP_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);

  const make = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: 'working', step: { step: 'loading' } });
    try {
      const [source, mod] = await Promise.all([readReportSource(workshopId), loadGenerator()]);
      if (!mod) return setState({ kind: 'failed', failure: 'load' });
      if (!source.ok) return setState({ kind: 'failed', failure: failureOfSource(source.problem) });
      const made = await makePdf(source.graph, source.pack, {}, (step) => setState({ kind: 'working', step }));
      if (!made.ok) return setState({ kind: 'failed', failure: made.failure });
      const report = made.report;
      downloadFile(report.blob, report.fileName);
      setState({ kind: 'done', blob: report.blob, fileName: report.fileName, share: shareableFile(report.blob, report.fileName), title: source.graph.workshop.title });
    } catch (error) {
      // Reading the workshop threw outside the repository's own checks.
      console.error('DEDA Tafel: report failed', error);
      setState({ kind: 'failed', failure: 'render' });
    } finally {
      busy.current = false;
    }
  }, [workshopId]);

  return { state, make };
}
