// Why: a question pack is known by its id and version, but those are only names: a file can
// carry a pack under the name of one already here (the built-in one, say) with other texts.
// What a pack IS, is its content: the SHA-256 of its RFC 8785 canonical JSON. Two packs with
// the same id and version must have the same hash, or one of them is not what it says.
import type { ContentPack } from '../content/pack-types';
import { canonicalBytes, canonicalize } from './canonical-json';
import { sha256Hex } from './digest';
import type { Refusal } from './refusal';

/** Lowercase hex SHA-256 of the pack's canonical JSON. */
export function packHash(pack: ContentPack): Promise<string> {
  return sha256Hex(canonicalBytes(pack));
}

/**
 * The same comparison without hashing, for inside a database transaction (where waiting for
 * WebCrypto would let the transaction close): equal canonical text is equal hash.
 */
export function samePackContent(a: ContentPack, b: ContentPack): boolean {
  return canonicalize(a) === canonicalize(b);
}

export function packKey(pack: Pick<ContentPack, 'id' | 'version'>): string {
  return `${pack.id}@${pack.version}`;
}

/**
 * The first bundle whose pack has the id and version of one of `known` with other content,
 * as a refusal; null when every pack is new or the very same. The app passes the built-in
 * pack and the packs stored on the device; the command-line verifier the built-in pack.
 */
export async function conflictingPack(
  packs: readonly ContentPack[],
  known: readonly ContentPack[],
): Promise<{ readonly refusal: Extract<Refusal, { kind: 'pack-conflict' }>; readonly index: number } | null> {
  const hashes = new Map<string, string>();
  for (const k of known) if (!hashes.has(packKey(k))) hashes.set(packKey(k), await packHash(k));
  for (const [index, pack] of packs.entries()) {
    const known = hashes.get(packKey(pack));
    if (known !== undefined && known !== (await packHash(pack))) return { refusal: { kind: 'pack-conflict', packId: pack.id, version: pack.version }, index };
  }
  return null;
}
