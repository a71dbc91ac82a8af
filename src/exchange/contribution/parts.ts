// Why: a contribution of twenty notes is more than one readable QR code holds, so it is cut into
// numbered parts, each a code of its own: `DT<kind>1/<n>/<of>/<checksum>/<base45 bytes>`. The
// checksum (the first 48 bits of the SHA-256 of the whole) ties the parts of one message
// together, so they may be scanned in any order, a part seen twice is ignored, and a part that
// was changed makes the whole fail its checksum and be refused. Blockchain Commons' UR was
// considered: its fountain codes help when a loop of codes is watched with losses and no end,
// but our messages need at most a few parts, shown in turn with buttons to go back; UR would add
// CBOR, bytewords (twice the characters of base45 in a code) and a library for nothing we need.
// The authenticity of what the parts carry is not this module's job: that is the HMAC inside.
import { toHex, sha256 } from '../digest';
import { base45Decode, base45Encode, Base45Error } from './base45';

/** J: a join code (tablet to phone); C: a contribution (phone to tablet). */
export type PartKind = 'J' | 'C';

export const PARTS_VERSION = 1;
export const MAX_PARTS = 12;
const PART = /^DT([JC])(\d+)\/(\d{1,2})\/(\d{1,2})\/([0-9A-F]{12})\/(.*)$/s;

async function checksumOf(bytes: Uint8Array): Promise<string> {
  return toHex((await sha256(bytes)).slice(0, 6)).toUpperCase();
}

/** The texts of the QR codes for `bytes`, each carrying at most `maxBytes` of them. */
export async function toParts(kind: PartKind, bytes: Uint8Array, maxBytes: number): Promise<string[]> {
  const count = Math.max(1, Math.ceil(bytes.length / maxBytes));
  if (count > MAX_PARTS) throw new RangeError(`needs ${count} parts, more than ${MAX_PARTS}`);
  const size = Math.ceil(bytes.length / count);
  const sum = await checksumOf(bytes);
  return Array.from({ length: count }, (_, i) => `DT${kind}${PARTS_VERSION}/${i + 1}/${count}/${sum}/${base45Encode(bytes.subarray(i * size, (i + 1) * size))}`);
}

export type PartResult =
  | { readonly kind: 'not-ours' }
  | { readonly kind: 'too-new' }
  | { readonly kind: 'tampered' }
  | { readonly kind: 'duplicate' | 'added'; readonly have: number; readonly of: number }
  | { readonly kind: 'complete'; readonly part: PartKind; readonly bytes: Uint8Array<ArrayBuffer> };

interface PartSet {
  readonly part: PartKind;
  readonly of: number;
  readonly chunks: Map<number, string>;
}

/**
 * Gathers the parts of one message as they are scanned. Several messages may be under way at
 * once (two phones held up in turn); each is known by its checksum.
 */
export class PartCollector {
  private readonly sets = new Map<string, PartSet>();
  private readonly done = new Set<string>();

  async add(text: string): Promise<PartResult> {
    const m = PART.exec(text.trim());
    if (!m) return { kind: 'not-ours' };
    const [, part, version, nText, ofText, sum, chunk] = m as unknown as [string, PartKind, string, string, string, string, string];
    if (Number(version) > PARTS_VERSION) return { kind: 'too-new' };
    if (Number(version) !== PARTS_VERSION) return { kind: 'not-ours' };
    const n = Number(nText);
    const of = Number(ofText);
    if (of < 1 || of > MAX_PARTS || n < 1 || n > of) return { kind: 'not-ours' };
    const key = `${part}${sum}`;
    if (this.done.has(key)) return { kind: 'duplicate', have: of, of };
    let set = this.sets.get(key);
    if (!set) {
      set = { part, of, chunks: new Map() };
      this.sets.set(key, set);
    }
    if (set.of !== of) return this.refuse(key);
    const seen = set.chunks.get(n);
    if (seen !== undefined) return seen === chunk ? { kind: 'duplicate', have: set.chunks.size, of } : this.refuse(key);
    set.chunks.set(n, chunk);
    if (set.chunks.size < of) return { kind: 'added', have: set.chunks.size, of };
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      const pieces = Array.from({ length: of }, (_, i) => base45Decode(set.chunks.get(i + 1)!));
      bytes = new Uint8Array(pieces.reduce((s, p) => s + p.length, 0));
      let at = 0;
      for (const p of pieces) {
        bytes.set(p, at);
        at += p.length;
      }
    } catch (e) {
      if (e instanceof Base45Error) return this.refuse(key);
      throw e;
    }
    if ((await checksumOf(bytes)) !== sum) return this.refuse(key);
    this.sets.delete(key);
    this.done.add(key);
    return { kind: 'complete', part, bytes };
  }

  /** A changed part spoils its whole message: forget it, so that a fresh scan can start over. */
  private refuse(key: string): PartResult {
    this.sets.delete(key);
    return { kind: 'tampered' };
  }

  /** Parts seen of the message under way, for "2 of 3". */
  progress(): { readonly have: number; readonly of: number } | null {
    const last = [...this.sets.values()].at(-1);
    return last ? { have: last.chunks.size, of: last.of } : null;
  }
}
