// Why: a pack file comes from outside (an organisation's own questions), so it passes the same
// guards as a bundle and each refusal names its cause: not JSON, another format, too large, a
// text missing in a language it declares, an id used twice, markup or an invisible control
// character in a text. The built-in pack passes the very same checks, and docs/pack.schema.json
// is the schema the app checks against.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../src/content/pack-types';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { PACK_SCHEMA } from '../../../src/exchange/bundle-schema';
import { checkSchema } from '../../../src/exchange/json-schema';
import { PACK_FILE_BYTES, openPackFile, packFileText } from '../../../src/exchange/pack-file';
import { packHash } from '../../../src/exchange/pack-hash';

const enc = (s: string) => new TextEncoder().encode(s);
type Editable = { id: string; version: string; licence?: string; languages: string[]; title: Record<string, string>; groups: { topics: { questions: { id: string; text: Record<string, string>; hint: Record<string, string> }[] }[] }[] };
const copy = (): Editable => JSON.parse(JSON.stringify(defaultPack)) as Editable;
const open = (p: unknown) => openPackFile(enc(JSON.stringify(p)));
const firstQuestion = (p: Editable) => p.groups[0]!.topics[0]!.questions[0]!;

describe('a pack file', () => {
  it('the built-in pack, written as a file, opens with its own hash', async () => {
    const opened = await openPackFile(enc(packFileText(defaultPack)));
    expect(opened.ok && opened.hash).toBe(await packHash(defaultPack));
  });

  it('has the same hash whatever the layout and member order of the file, and another with one character more', async () => {
    const reorder = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(reorder);
      if (typeof v !== 'object' || v === null) return v;
      return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reorder(x)]));
    };
    const shuffled = await openPackFile(enc(JSON.stringify(reorder(defaultPack))));
    expect(shuffled.ok && shuffled.hash).toBe(await packHash(defaultPack));
    const p = copy();
    firstQuestion(p).hint.nl += '.';
    const changed = await open(p);
    expect(changed.ok && changed.hash).not.toBe(await packHash(defaultPack));
    expect(changed.ok && changed.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an organisation’s pack with a licence and in Dutch only opens as it is', async () => {
    const p = copy();
    p.id = 'nl.utrecht.eigen';
    p.licence = 'CC BY 4.0';
    const strip = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(strip);
      if (typeof v !== 'object' || v === null) return v;
      const o = v as Record<string, unknown>;
      if (typeof o.nl === 'string' && typeof o.en === 'string') return { nl: o.nl };
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, strip(x)]));
    };
    const dutch = { ...(strip(p) as Editable), languages: ['nl'] };
    const opened = await open(dutch);
    expect(opened.ok ? opened.pack.licence : opened.refusal).toBe('CC BY 4.0');
    expect(opened.ok && (opened.pack.title as Partial<Record<string, string>>).en).toBeUndefined();
  });

  it('is refused, each with its own reason', async () => {
    expect((await openPackFile(enc('{"format": "deda-tafel/content-pack",'))).ok).toBe(false);
    expect(await openPackFile(enc('not json at all'))).toEqual({ ok: false, refusal: { kind: 'not-json' } });
    expect(await open({ format: 'deda-tafel/bundle' })).toEqual({ ok: false, refusal: { kind: 'wrong-format', found: 'deda-tafel/bundle' } });
    expect(await open([1, 2])).toEqual({ ok: false, refusal: { kind: 'wrong-format', found: '' } });
    const big = new Uint8Array(PACK_FILE_BYTES + 1).fill(32);
    expect((await openPackFile(big)).ok ? null : ((await openPackFile(big)) as { refusal: { kind: string } }).refusal.kind).toBe('too-large');

    const missing = copy();
    firstQuestion(missing).hint.en = ' ';
    expect(await open(missing)).toEqual({ ok: false, refusal: { kind: 'pack-text-missing', path: 'groups[0].topics[0].questions[0].hint', lang: 'en' } });
    const absent = copy();
    delete (firstQuestion(absent).text as Partial<Record<string, string>>).en;
    expect(await open(absent)).toMatchObject({ ok: false, refusal: { kind: 'pack-text-missing', lang: 'en' } });

    const twice = copy();
    const qs = twice.groups[0]!.topics[0]!.questions;
    qs[1]!.id = qs[0]!.id;
    expect(await open(twice)).toEqual({ ok: false, refusal: { kind: 'duplicate-id', path: 'groups[0].topics[0].questions[1].id', id: qs[0]!.id } });

    const quoted = copy();
    firstQuestion(quoted).text.nl = 'Wie <x title="a>b" onclick=alert(1)> beslist?';
    expect(await open(quoted)).toMatchObject({ ok: false, refusal: { kind: 'markup', path: 'groups[0].topics[0].questions[0].text.nl' } });
    const reversed = copy();
    reversed.title.nl = 'Vragen \u202Eeigen';
    expect(await open(reversed)).toMatchObject({ ok: false, refusal: { kind: 'control-character', path: 'title.nl', char: 'U+202E' } });

    const version = copy();
    version.version = 'twee';
    expect(await open(version)).toMatchObject({ ok: false, refusal: { kind: 'invalid', path: 'version', keyword: 'pattern' } });
    const licence = copy();
    licence.licence = 'x'.repeat(201);
    expect(await open(licence)).toMatchObject({ ok: false, refusal: { kind: 'text-too-long', path: 'licence' } });
    expect(await openPackFile(enc('{"format":"deda-tafel/content-pack","format":"x"}'))).toMatchObject({ ok: false, refusal: { kind: 'duplicate-member' } });
  });
});

describe('the published pack schema (docs/pack.schema.json)', () => {
  const file = join(__dirname, '../../../docs/pack.schema.json');
  const expected = `${JSON.stringify(PACK_SCHEMA, null, 2)}\n`;
  it('is the schema the app checks pack files against', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, expected);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
  it('accepts the built-in pack as published, and refuses a member it does not define', () => {
    const published = JSON.parse(readFileSync(file, 'utf8')) as typeof PACK_SCHEMA;
    expect(checkSchema(published, JSON.parse(JSON.stringify(defaultPack)) as ContentPack)).toBeNull();
    expect(checkSchema(published, { ...copy(), extra: 1 })).toMatchObject({ path: 'extra' });
  });
});
