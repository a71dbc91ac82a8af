// Why: a workshop records which pack and version its questions come from, and a bundle
// carries that pack whole. If the built-in pack's text changed under the same id and version,
// two devices would show different questions for the same workshop, and a report would quote a
// question the group never saw. So each released pack version is pinned to the SHA-256 of its
// RFC 8785 canonical JSON: a new text needs a new version (and a new pin), never an edit.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { canonicalBytes } from '../../../src/exchange/canonical-json';

/** `id@version` → SHA-256 of its canonical JSON. Only ever add lines. */
const PINNED: Readonly<Record<string, string>> = {
  'nl.dedatafel.default@1.0.0': '733089d10832f305c72b37e18b2140d968396ba1f68e36c7e42f7e41f70f6146',
};

const hashOf = (pack: unknown) => createHash('sha256').update(canonicalBytes(pack)).digest('hex');

describe('content pack pins', () => {
  it('the built-in pack is pinned, and its text is what was pinned', () => {
    const ref = `${defaultPack.id}@${defaultPack.version}`;
    expect(PINNED[ref], `${ref} has no pin: add its hash to PINNED when releasing it`).toBeDefined();
    expect(hashOf(defaultPack), `The text of ${ref} changed. Released pack versions never change: raise its version and pin the new one.`).toBe(PINNED[ref]);
  });

  it('the pack inside a golden bundle is the pinned one', () => {
    const bundle = JSON.parse(readFileSync(join(__dirname, '../../contract/v1/rich.deda.json'), 'utf8')) as { payload: { pack: { id: string; version: string } } };
    const { pack } = bundle.payload;
    expect(hashOf(pack)).toBe(PINNED[`${pack.id}@${pack.version}`]);
  });
});
