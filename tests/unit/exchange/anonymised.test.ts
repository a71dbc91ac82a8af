// Why: the anonymised copy is a format of its own. It must survive the way (its hash checked),
// never pass as a bundle nor take a bundle for itself, and its published schema must be the one
// the app checks. To update the file: UPDATE_SCHEMA=1 npx vitest run tests/unit/exchange/anonymised.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anonymise, type AnonLabels } from '../../../src/domain/anonymise';
import { ANON_HEAD, ANON_SCHEMA, anonymisedFile, anonymisedJson, openAnonymised } from '../../../src/exchange/anonymised';
import { openBundle } from '../../../src/exchange/bundle';
import { checkSchema } from '../../../src/exchange/json-schema';
import { goodBundle } from './bad-files';
import { richGraph } from './support';

const labels: AnonLabels = { role: (r) => (r === 'none' ? 'participant' : r), outsider: 'outsider', facilitator: 'the facilitator', organisation: 'the organisation', place: 'the place', or: 'or' };
const enc = (s: string) => new TextEncoder().encode(s);

async function copyBytes(): Promise<{ json: string; names: string[] }> {
  const rich = await richGraph();
  const graph = { ...rich, notes: rich.notes.map((n, i) => (i === 0 ? { ...n, text: 'Lukasz en nguyen thi anh zijn het oneens met Wróbel' } : n)) };
  const anon = anonymise(graph, labels, { keepOrganisation: false, keepPlace: false, keepFacilitator: false, keepPhotos: true });
  const file = await anonymisedFile(anon.graph, { createdAt: '2026-12-01T10:00:00.000Z', appVersion: '1.0.0' });
  return { json: anonymisedJson(file), names: graph.participants.map((p) => p.name) };
}

describe('the anonymised copy', () => {
  it('opens again, photos and all, and names itself in its first bytes', async () => {
    const { json } = await copyBytes();
    expect(ANON_HEAD.test(json)).toBe(true);
    const r = await openAnonymised(enc(json));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.file.content.photos.length).toBe((await richGraph()).attachments.length);
  });

  it('holds no participant name', async () => {
    const { json, names } = await copyBytes();
    for (const n of names) for (const part of n.split(/\s+/).filter((p) => p.length > 3)) expect(json).not.toContain(part);
  });

  it('is refused when its content changed after it was written', async () => {
    const { json } = await copyBytes();
    const file = JSON.parse(json) as { content: { notes: { text: string }[] } };
    file.content.notes[0]!.text += ' (changed)';
    expect(await openAnonymised(enc(JSON.stringify(file)))).toEqual({ ok: false, refusal: { kind: 'anonymised-hash' } });
  });

  it('is refused by the bundle import, which says where it opens', async () => {
    const { json } = await copyBytes();
    expect(await openBundle(enc(json))).toEqual({ ok: false, refusal: { kind: 'anonymised-copy' } });
  });

  it('refuses a bundle, saying what it is', async () => {
    expect(await openAnonymised(enc(JSON.stringify(await goodBundle())))).toEqual({ ok: false, refusal: { kind: 'bundle-not-anonymised' } });
  });

  it('refuses a newer version and a broken shape', async () => {
    const { json } = await copyBytes();
    const file = JSON.parse(json) as Record<string, unknown>;
    expect(await openAnonymised(enc(JSON.stringify({ ...file, formatVersion: 2 })))).toEqual({ ok: false, refusal: { kind: 'version-newer', version: 2 } });
    expect(await openAnonymised(enc(JSON.stringify({ ...file, sha256: 'x' })))).toMatchObject({ ok: false, refusal: { kind: 'invalid', path: 'sha256' } });
  });
});

describe('the published schema of the anonymised copy', () => {
  const path = join(__dirname, '../../../docs/anonymised.schema.json');
  it('is the schema the app checks against, and accepts a real copy', async () => {
    const expected = `${JSON.stringify(ANON_SCHEMA, null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(path, expected);
    expect(readFileSync(path, 'utf8')).toBe(expected);
    const { json } = await copyBytes();
    expect(checkSchema(JSON.parse(readFileSync(path, 'utf8')) as typeof ANON_SCHEMA, JSON.parse(json))).toBeNull();
  });
});

describe('the import screen’s reading of a file', () => {
  it('knows an anonymised copy by its first bytes, and also when its members come in another order', async () => {
    const { readImportFile } = await import('../../../src/features/exchange/import-flow');
    const { json } = await copyBytes();
    const asWritten = await readImportFile(new Blob([json]));
    expect(asWritten.ok && asWritten.kind).toBe('anonymised');
    const { format, ...rest } = JSON.parse(json) as Record<string, unknown>;
    const reordered = await readImportFile(new Blob([JSON.stringify({ ...rest, format })]));
    expect(reordered.ok && reordered.kind).toBe('anonymised');
  });
});
