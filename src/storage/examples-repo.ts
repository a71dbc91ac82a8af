// Why: an anonymised copy opened on this device is an example to read, not a workshop: it must
// never show up among the workshops, be edited, merged or leave again as a signed bundle. So it
// is kept apart, as a device record in the settings table (no schema change: that table holds
// any value under a key), under `example:` and the copy's own SHA-256 (with vaults, the open
// organisation's own: `ownSetting`).
import type { AnonymisedFile } from '../exchange/anonymised';
import { nowIso } from '../domain/time';
import { db } from './db';
import { ownSetting } from './vault';
import { write, type WriteResult } from './write';

const PREFIX = 'example:';

export interface StoredExample {
  /** The copy's SHA-256: the same file opened twice is one example. */
  readonly id: string;
  readonly openedAt: string;
  readonly file: AnonymisedFile;
}

export interface ExampleSummary {
  readonly id: string;
  readonly title: string;
  readonly openedAt: string;
}

function isStored(v: unknown): v is StoredExample {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return typeof s.id === 'string' && typeof s.openedAt === 'string' && typeof s.file === 'object' && s.file !== null;
}

/** Keeps a checked copy (openAnonymised) as an example; the id to open it by. */
export function saveExample(file: AnonymisedFile): Promise<WriteResult<string>> {
  return write(async () => {
    const value: StoredExample = { id: file.sha256, openedAt: nowIso(), file };
    await db().transaction('rw', db().settings, () => db().settings.put({ key: ownSetting(`${PREFIX}${file.sha256}`), value }));
    return file.sha256;
  });
}

export async function getExample(id: string): Promise<StoredExample | null> {
  const row = await db().settings.get(ownSetting(`${PREFIX}${id}`));
  return row && isStored(row.value) ? row.value : null;
}

/** Every example on this device, newest first. */
export async function listExamples(): Promise<ExampleSummary[]> {
  const rows = await db().settings.where('key').startsWith(PREFIX).toArray();
  return rows
    .map((r) => r.value)
    .filter(isStored)
    .map((s) => ({ id: s.id, title: s.file.content.workshop.title, openedAt: s.openedAt }))
    .sort((a, b) => (a.openedAt < b.openedAt ? 1 : -1));
}

export function removeExample(id: string): Promise<WriteResult<void>> {
  return write(async () => {
    await db().transaction('rw', db().settings, () => db().settings.delete(ownSetting(`${PREFIX}${id}`)));
  });
}
