// Why: "changed on one side only since the two copies last met" must be answered exactly, with
// no server and no shared ancestor copy. A version vector per mergeable unit (a note, the goal,
// ...) holds, per device, the timestamp of that device's last change to the unit. Comparing two
// vectors says whether one copy has seen everything the other has ('before' / 'after'), both
// are the same, or each has a change the other lacks ('concurrent': a real conflict).
import type { Hlc, NodeId } from './hlc';

/** node id -> the HLC of that node's last change to the unit. Empty: never stamped (format 1, before schema 6). */
export type VersionVector = Readonly<Record<NodeId, Hlc>>;

export const EMPTY_VECTOR: VersionVector = Object.freeze({}) as VersionVector;

export type Order = 'same' | 'before' | 'after' | 'concurrent';

function entries(v: VersionVector): [NodeId, Hlc][] {
  return Object.entries(v) as [NodeId, Hlc][];
}

export function isEmptyVector(v: VersionVector): boolean {
  return Object.keys(v).length === 0;
}

/** How `a` stands to `b`: 'before' means b has seen everything a has, and more. */
export function compare(a: VersionVector, b: VersionVector): Order {
  let aAhead = false;
  let bAhead = false;
  const nodes = new Set<NodeId>([...(Object.keys(a) as NodeId[]), ...(Object.keys(b) as NodeId[])]);
  for (const n of nodes) {
    const x = a[n];
    const y = b[n];
    if (x === y) continue;
    if (y === undefined || (x !== undefined && x > y)) aAhead = true;
    else bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'after';
  if (bAhead) return 'before';
  return 'same';
}

/** Everything both have seen: per node the later timestamp. Keys sorted, so equal vectors are equal values. */
export function join(a: VersionVector, b: VersionVector): VersionVector {
  const out: Record<string, Hlc> = {};
  for (const [n, h] of [...entries(a), ...entries(b)]) {
    const have = out[n];
    if (have === undefined || h > have) out[n] = h;
  }
  return sortedVector(out);
}

/** The vector after a change on `node` at timestamp `at`. */
export function bump(v: VersionVector, node: NodeId, at: Hlc): VersionVector {
  return sortedVector({ ...v, [node]: at });
}

/** The latest timestamp in the vector, null when empty. */
export function latest(v: VersionVector): Hlc | null {
  let best: Hlc | null = null;
  for (const [, h] of entries(v)) if (best === null || h > best) best = h;
  return best;
}

function sortedVector(v: Record<string, Hlc>): VersionVector {
  const out: Record<string, Hlc> = {};
  for (const k of Object.keys(v).sort()) out[k] = v[k] as Hlc;
  return out as VersionVector;
}
