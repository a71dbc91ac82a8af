// Why: an encrypted export must arrive as the very bundle an open export would have been:
// exported from a real (in-memory) database, recognised by its structure on the import road
// (also when renamed), held at the passphrase, and then checked and previewed as any bundle.
// A file too large or asking for absurd work is refused before it is read or a key derived.
import * as jose from 'jose';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openBundle } from '../../../src/exchange/bundle';
import { encryptedName, MAX_JWE_BYTES, sealBundle } from '../../../src/exchange/encrypted-file';
import { P2C, passphraseBytes } from '../../../src/exchange/jwe';
import { makeBundleFile, makeEncryptedBundleFile } from '../../../src/features/exchange/export-flow';
import { readImportFile, unlockImport } from '../../../src/features/exchange/import-flow';
import { refusalText } from '../../../src/features/exchange/tx';
import { initI18n, loadNamespaces, setLang } from '../../../src/i18n/i18n';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { putGraph } from '../../../src/storage/graph-store';
import { freshName } from '../storage/migration-harness';
import { pack, richGraph } from './support';

const PASS = 'vier blauwe stoelen';

beforeEach(() => {
  useDatabase(new DedaDatabase(freshName('encrypted')));
});
afterEach(() => {
  db().close();
  useDatabase(null);
  vi.restoreAllMocks();
});

async function storedWorkshop() {
  const g = await richGraph();
  await putGraph(g);
  await db().packs.put(pack);
  return g;
}

function anotherDevice() {
  db().close();
  useDatabase(new DedaDatabase(freshName('other-device')));
}

describe('an encrypted export', () => {
  it('is a signed bundle of the workshop, inside a JWE that jose opens', async () => {
    const g = await storedWorkshop();
    const made = await makeEncryptedBundleFile(g.workshop.id, 'Anne', PASS);
    if (!made.ok) throw new Error(JSON.stringify(made.failure));
    expect(made.file.name).toBe('2026-11-12 Slimme vuilcontainers.deda.jwe');
    expect(made.file.type).toBe('application/jose');
    const text = await made.file.text();
    const r = await jose.compactDecrypt(text, passphraseBytes(PASS), { maxPBES2Count: P2C, keyManagementAlgorithms: ['PBES2-HS512+A256KW'] });
    const inside = JSON.parse(new TextDecoder().decode(r.plaintext)) as { format: string; signature: { protected: string } };
    expect(inside.format).toBe('deda-tafel/bundle');
    const checked = await openBundle(r.plaintext);
    expect(checked.ok && checked.bundle.signer.name).toBe('Anne');
    // The same workshop exported open: the same payload (only the signing moment may differ).
    const open = await makeBundleFile(g.workshop.id, 'Anne');
    if (!open.ok) throw new Error('open export');
    const plain = JSON.parse(await open.file.text()) as { payload: { exportedAt: string } };
    const sealedPayload = (inside as unknown as { payload: { exportedAt: string } }).payload;
    expect({ ...sealedPayload, exportedAt: '' }).toEqual({ ...plain.payload, exportedAt: '' });
  });

  it('imports on another device after the passphrase, with the signer and preview of the bundle', async () => {
    const g = await storedWorkshop();
    const made = await makeEncryptedBundleFile(g.workshop.id, 'Anne', PASS);
    if (!made.ok) throw new Error(JSON.stringify(made.failure));
    anotherDevice();
    // Renamed on the way: still known by its structure.
    const start = await readImportFile(new File([made.file], 'bijlage.txt'));
    if (!start.ok || start.kind !== 'encrypted') throw new Error(JSON.stringify(start));
    expect(await unlockImport(start.envelope, 'vier blauwe stoel')).toEqual({ ok: false, refusal: { kind: 'encrypted', failure: 'wrong-passphrase' } });
    const unlocked = await unlockImport(start.envelope, PASS);
    if (!unlocked.ok || unlocked.kind !== 'bundle') throw new Error(JSON.stringify(unlocked));
    expect(unlocked.prepared.bundle.signer.name).toBe('Anne');
    expect(unlocked.prepared.bundle.graph.workshop.id).toBe(g.workshop.id);
    expect(unlocked.prepared.existing.kind).toBe('none');
  });

  it('refuses a file over the limit before reading it, and absurd work before deriving a key', async () => {
    const head = 'eyJhbGciOiJQQkVTMi1IUzUxMitBMjU2S1ciLCJlbmMiOiJBMjU2R0NNIn0.';
    const huge = new Blob([head, new Uint8Array(MAX_JWE_BYTES)]);
    const read = vi.spyOn(huge, 'arrayBuffer');
    expect(await readImportFile(huge)).toEqual({ ok: false, refusal: { kind: 'too-large', bytes: huge.size, limit: MAX_JWE_BYTES } });
    expect(read).not.toHaveBeenCalled();

    const text = await sealBundle(new TextEncoder().encode('{}') as Uint8Array<ArrayBuffer>, PASS, { p2c: 1000 });
    const header = JSON.parse(Buffer.from(text.split('.')[0] as string, 'base64url').toString()) as Record<string, unknown>;
    const hostile = [Buffer.from(JSON.stringify({ ...header, p2c: 50_000_000 })).toString('base64url'), ...text.split('.').slice(1)].join('.');
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    expect(await readImportFile(new Blob([hostile]))).toEqual({ ok: false, refusal: { kind: 'encrypted', failure: 'too-costly' } });
    expect(derive).not.toHaveBeenCalled();
  });

  it('says what is inside when it is no bundle', async () => {
    const text = await sealBundle(new TextEncoder().encode('{"hello":"world"}') as Uint8Array<ArrayBuffer>, PASS, { p2c: 1000 });
    const start = await readImportFile(new Blob([text]));
    if (!start.ok || start.kind !== 'encrypted') throw new Error(JSON.stringify(start));
    expect(await unlockImport(start.envelope, PASS)).toEqual({ ok: false, refusal: { kind: 'encrypted', failure: 'not-a-bundle' } });
  });

  it('names the encrypted file after the open one', () => {
    expect(encryptedName('2026-11-12 Slimme vuilcontainers.deda.json')).toBe('2026-11-12 Slimme vuilcontainers.deda.jwe');
  });
});

describe('the reasons, in both languages', () => {
  it('has its own text for every way an encrypted file fails', async () => {
    await initI18n();
    await loadNamespaces(['exchange']);
    for (const lang of ['nl', 'en'] as const) {
      await setLang(lang);
      const texts = (['damaged', 'unsupported', 'too-costly', 'wrong-passphrase', 'not-a-bundle'] as const).map((failure) => refusalText({ kind: 'encrypted', failure }));
      for (const t of texts) expect(t, lang).not.toMatch(/refusal\.|exchange:/);
      expect(new Set(texts).size, lang).toBe(texts.length);
    }
  });
});
