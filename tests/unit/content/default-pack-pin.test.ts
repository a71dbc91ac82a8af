// Why: a pack is known by its id, version and content hash, and a device refuses a file that
// brings other texts under a known id and version. So the built-in pack's texts must never
// change without a new version: a workshop made with 1.0.0 on an older app would otherwise be
// refused (and read differently) by a newer one. Every released version's hash is pinned here;
// changing a text means raising `version` in default-pack.ts and adding a line below.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../src/content/pack-types';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { packHash } from '../../../src/exchange/pack-hash';

/** SHA-256 of the RFC 8785 canonical JSON of each released version of the built-in pack. */
const RELEASED: Readonly<Record<string, string>> = {
  '1.0.0': '733089d10832f305c72b37e18b2140d968396ba1f68e36c7e42f7e41f70f6146',
};

describe('the built-in pack', () => {
  it('is a released version with exactly the texts released under it', async () => {
    expect(Object.keys(RELEASED), 'a new version of the pack needs its hash pinned here').toContain(defaultPack.version);
    expect(await packHash(defaultPack), `the texts of ${defaultPack.version} changed: raise the version`).toBe(RELEASED[defaultPack.version]);
  });

  it('has a hash that changes with one space in one hint', async () => {
    const edited = JSON.parse(JSON.stringify(defaultPack)) as { groups: { topics: { questions: { hint: { en: string } }[] }[] }[] };
    const q = edited.groups.at(-1)?.topics.at(-1)?.questions.at(-1);
    if (!q) throw new Error('no question');
    q.hint.en += ' ';
    expect(await packHash(edited as unknown as typeof defaultPack)).not.toBe(await packHash(defaultPack));
  });

  it('is, in its released version, the pack a golden bundle of that release carries', async () => {
    const bundle = JSON.parse(readFileSync(join(__dirname, '../../contract/v1/rich.deda.json'), 'utf8')) as { payload: { pack: ContentPack } };
    const { pack } = bundle.payload;
    expect(`${pack.id}@${pack.version}`).toBe(`${defaultPack.id}@1.0.0`);
    expect(await packHash(pack)).toBe(RELEASED['1.0.0']);
  });
});
