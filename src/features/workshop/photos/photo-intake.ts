// Why: a photo can fail for two unrelated reasons, and each needs its own advice: the file is
// no image the app can read (choose another type), or the device could not store it (the
// disk is full, storage is closed...). Asking for another image type when the disk is full
// sends the facilitator the wrong way. This keeps the two apart, for the photo strip.
import type { StorageProblem } from '../../../storage/storage-events';
import type { WriteResult } from '../../../storage/write';

export interface IntakeResult {
  /** Files that could not be read or scaled as an image. */
  readonly unreadable: number;
  /** Photos read fine but not stored, per storage problem. */
  readonly notStored: ReadonlyMap<StorageProblem, number>;
}

/** Reads and stores each file in turn; one failing never stops the others. */
/** `store` may refuse a photo whose bytes are not the image it claims to be: that counts as unreadable. */
export async function takeIn<P>(files: readonly File[], prepare: (f: File) => Promise<P>, store: (p: P) => Promise<WriteResult<unknown> | { readonly ok: false; readonly refused: unknown }>): Promise<IntakeResult> {
  let unreadable = 0;
  const notStored = new Map<StorageProblem, number>();
  for (const file of files) {
    let prepared: P;
    try {
      prepared = await prepare(file);
    } catch {
      unreadable += 1;
      continue;
    }
    let problem: StorageProblem | null;
    try {
      const r = await store(prepared);
      if (!r.ok && 'refused' in r) {
        unreadable += 1;
        continue;
      }
      problem = r.ok ? null : r.problem;
    } catch {
      problem = 'unknown';
    }
    if (problem) notStored.set(problem, (notStored.get(problem) ?? 0) + 1);
  }
  return { unreadable, notStored };
}

export type IntakeMessage = { readonly key: 'failed'; readonly count: number } | { readonly key: `notStored.${StorageProblem}`; readonly count: number };

/** What to tell the person, storage problems first (nothing they choose fixes those). */
export function intakeMessages(r: IntakeResult): IntakeMessage[] {
  const out: IntakeMessage[] = [...r.notStored].map(([problem, count]) => ({ key: `notStored.${problem}` as const, count }));
  if (r.unreadable > 0) out.push({ key: 'failed', count: r.unreadable });
  return out;
}
