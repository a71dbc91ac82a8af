// Why: "did this write say anything new?" decides whether a local write bumps a version vector
// (storage/stamping.ts, in the first load, so this stays small) and whether two copies of a
// record agree (merge.ts). Canonical text: keys sorted, Blobs left out (their sha256 stands
// for them), the record's own change time and vectors ignored at the top level.
const IGNORED = new Set(['updatedAt', 'version', 'versions']);

/** Canonical text of a value for comparison: keys sorted, Blobs left out (the sha256 stands for them). */
export function canon(value: unknown, top: boolean, skip: ReadonlySet<string>): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (typeof Blob !== 'undefined' && value instanceof Blob) return '"<blob>"';
  if (Array.isArray(value)) return `[${value.map((v: unknown) => canon(v, false, skip)).join(',')}]`;
  const rec = value as Record<string, unknown>;
  const keys = Object.keys(rec)
    .filter((k) => rec[k] !== undefined && !(top && skip.has(k)))
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canon(rec[k], false, skip)}`).join(',')}}`;
}

/** True when two records say the same (their change times and vectors aside). */
export function sameContent(a: unknown, b: unknown): boolean {
  return canon(a, true, IGNORED) === canon(b, true, IGNORED);
}

