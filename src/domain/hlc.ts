// Why: two tablets that never talk to a server must still agree on which change came last.
// A hybrid logical clock gives every local change a timestamp that follows the wall clock
// when it can, never goes backwards on this device (even when the device's clock does), and
// after a merge is later than everything the other tablet had. A timestamp is one string
// that sorts the way the clock orders: `2026-12-02T06:11:23.000Z-0000-9f3a1c2b4d5e6f70`
// (wall-clock time in ms, a counter for changes in the same ms, the device's node id).
import type { Brand } from './ids';

/** A device's id in version vectors: 16 lowercase hex characters, random per device. */
export type NodeId = Brand<string, 'NodeId'>;
/** One timestamp, as described above. */
export type Hlc = Brand<string, 'Hlc'>;

export interface ClockState {
  /** Milliseconds since 1970 of the last timestamp made or received. */
  readonly wall: number;
  readonly counter: number;
  readonly node: NodeId;
}

const NODE = /^[0-9a-f]{16}$/;
const HLC = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;
/** The counter's four hex digits; a device makes more than this in one ms only in a loop gone wrong. */
export const MAX_COUNTER = 0xffff;
/** A remote clock further ahead than this is refused: a tablet whose date is wrong by a day. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export function isNodeId(value: unknown): value is NodeId {
  return typeof value === 'string' && NODE.test(value);
}

export function isHlc(value: unknown): value is Hlc {
  return typeof value === 'string' && HLC.test(value) && !Number.isNaN(Date.parse(value.slice(0, 24)));
}

/** A fresh random node id (64 bits), made once per device. */
export function newNodeId(random: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => crypto.getRandomValues(b)): NodeId {
  const bytes = new Uint8Array(8);
  random(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('') as NodeId;
}

export function formatHlc(s: ClockState): Hlc {
  return `${new Date(s.wall).toISOString()}-${s.counter.toString(16).padStart(4, '0')}-${s.node}` as Hlc;
}

export function parseHlc(h: Hlc): ClockState {
  const m = HLC.exec(h);
  if (!m?.[1] || !m[2] || !m[3]) throw new Error(`not a timestamp: ${h}`);
  return { wall: Date.parse(m[1]), counter: Number.parseInt(m[2], 16), node: m[3] as NodeId };
}

export function nodeOf(h: Hlc): NodeId {
  return h.slice(-16) as NodeId;
}

export function startClock(node: NodeId): ClockState {
  return { wall: 0, counter: 0, node };
}

function bounded(s: ClockState): ClockState {
  if (s.counter > MAX_COUNTER) throw new Error('clock counter overflow');
  return s;
}

/** The clock after a local change at wall-clock time `now` (ms), and that change's timestamp. */
export function tick(state: ClockState, now: number): { readonly state: ClockState; readonly hlc: Hlc } {
  const next = bounded(now > state.wall ? { wall: now, counter: 0, node: state.node } : { wall: state.wall, counter: state.counter + 1, node: state.node });
  return { state: next, hlc: formatHlc(next) };
}

/**
 * The clock after seeing a remote timestamp (merging another tablet's changes): later than
 * both the remote timestamp and every local one. Refused when the remote clock is more than
 * a day ahead of this device: a change dated tomorrow would win every conflict.
 */
export function receive(state: ClockState, remote: Hlc, now: number): ClockState {
  const r = parseHlc(remote);
  if (r.wall - now > MAX_DRIFT_MS) throw new Error('remote clock too far ahead');
  const wall = Math.max(state.wall, r.wall, now);
  let counter = 0;
  if (wall === state.wall && wall === r.wall) counter = Math.max(state.counter, r.counter) + 1;
  else if (wall === state.wall) counter = state.counter + 1;
  else if (wall === r.wall) counter = r.counter + 1;
  return bounded({ wall, counter, node: state.node });
}
