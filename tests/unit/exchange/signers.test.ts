// Why: a trusted colleague must not be impersonated by a name alone. A key this device does
// not trust, under the name of a signer it trusts (or its own), is told apart from a merely
// new signer, with the key it knows under that name; names are compared as a person reads
// them. Checking writes nothing, and importing such a bundle trusts nothing unless asked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from '../../../src/domain/time';
import { createBundle } from '../../../src/exchange/bundle';
import { sameSignerName, signerNameKey, signerNameSkeleton } from '../../../src/exchange/signer-name';
import { fingerprint, generateSigningKey, type SigningKey } from '../../../src/exchange/signing-key';
import { backupImportItems } from '../../../src/features/exchange/import-flow';
import { defaultChoice } from '../../../src/features/exchange/BackupPreview';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { putGraph, readGraph } from '../../../src/storage/graph-store';
import { checkSigner, commitImports, prepareImport } from '../../../src/storage/import-repo';
import { ensureDeviceKey, listTrustedSigners, saveSignerName, trustSigner } from '../../../src/storage/keys-repo';
import { freshName } from '../storage/migration-harness';
import { NOW, pack, richGraph } from './support';
import { openedFrom, snapshot } from './storage-support';

beforeEach(() => {
  useDatabase(new DedaDatabase(freshName('signers')));
});
afterEach(() => {
  db().close();
  useDatabase(null);
});

async function bundleBy(k: SigningKey, signer: string, g?: Awaited<ReturnType<typeof richGraph>>) {
  const made = await createBundle(g ?? (await richGraph()), pack, k, { signer, appVersion: '1.0.0', now: NOW });
  if (!made.ok) throw new Error(JSON.stringify(made.refusal));
  return openedFrom(made.bundle);
}

describe('the same name, as a person reads it', () => {
  it('ignores case, width forms, invisible characters and spacing', () => {
    for (const v of ['Mireille Jansen', '  mireille   JANSEN ', 'Ｍｉｒｅｉｌｌｅ Jansen', 'Mireille\u00a0Jansen', 'Mi\u200breille Jansen', 'Mireille\tJansen', 'MIREILLE JANSEN'])
      expect(sameSignerName(v, 'Mireille Jansen'), JSON.stringify(v)).toBe(true);
    expect(sameSignerName('Mireille Janssen', 'Mireille Jansen')).toBe(false);
    expect(sameSignerName('Mireille', 'Mireille Jansen')).toBe(false);
    expect(signerNameKey('Straße')).toBe(signerNameKey('STRASSE'));
  });

  it('counts letters of other scripts that look like Latin ones as those letters', () => {
    const looks = [
      'Mireille J\u0430nsen', // Cyrillic а
      'M\u0456reille Jansen', // Cyrillic і
      '\u041cireille Jansen', // Cyrillic М
      'Mireille Jans\u0435n', // Cyrillic е
      'Mireill\u03b5 Jansen', // Greek ε
      '\u039cireille Jansen', // Greek Μ
      'Mire\u0131lle Jansen', // dotless ı
      'Mire\u0456\u04cfle J\u0430ns\u0435n', // mixed scripts throughout
      'Mire\u200dille Jan\u200bsen', // zero-width joiner and space
    ];
    for (const v of looks) expect(sameSignerName(v, 'Mireille Jansen'), JSON.stringify(v)).toBe(true);
    // Capital I and small l, Greek capital Iota, the digit 1; "rn" for "m".
    expect(sameSignerName('Ian Visser', 'lan Visser')).toBe(true);
    expect(sameSignerName('\u0399an Visser', 'Ian Visser')).toBe(true);
    expect(sameSignerName('Mirjarn de Vries', 'Mirjam de Vries')).toBe(true);
    expect(sameSignerName('J0ost Bakker', 'Joost Bakker')).toBe(true);
    expect(signerNameSkeleton('\u0421\u043e\u0440\u0435')).toBe('cope');
  });

  it('still tells different names apart', () => {
    for (const [a, b] of [
      ['Mireille Janssen', 'Mireille Jansen'],
      ['Ian Visser', 'Jan Visser'],
      ['José Bakker', 'Jose Bakker'],
      ['Анна', 'Anne'],
      ['Mireille', 'Mireille Jansen'],
    ])
      expect(sameSignerName(a ?? '', b ?? ''), `${a} / ${b}`).toBe(false);
  });

  it('never calls two empty names the same', () => {
    expect(sameSignerName('', '')).toBe(false);
    expect(sameSignerName('  ', '\u200b')).toBe(false);
  });
});

describe('who signed, as this device knows them', () => {
  it('warns of a key it does not trust under the name of one it trusts, with that key', async () => {
    const mireille = await generateSigningKey(NOW.toISOString());
    const other = await generateSigningKey(NOW.toISOString());
    await trustSigner({ kid: mireille.kid, name: 'Mireille Jansen', jwk: mireille.publicJwk });
    await putGraph(await richGraph()); // something on the device, to prove nothing changes
    const before = await snapshot();
    const forged = await bundleBy(other, ' mireille  JANSEN');
    const p = await prepareImport(forged);
    expect(p.signerStatus).toBe('name-of-another-key');
    expect(p.sameName).toEqual([{ source: 'trusted', name: 'Mireille Jansen', fingerprint: fingerprint(mireille.kid) }]);
    expect(p.sameName[0]?.fingerprint).not.toBe(forged.signer.fingerprint);
    expect(await snapshot()).toEqual(before);
    // Her own key is simply trusted, whatever name it signs with.
    expect((await prepareImport(await bundleBy(mireille, 'M. Jansen'))).signerStatus).toBe('trusted');
    // Another name under another key: just a new signer.
    expect(await checkSigner({ kid: other.kid, name: 'Piet Puk' })).toEqual({ status: 'unknown', sameName: [] });
  });

  it('warns the same way when the name only looks like a trusted one (other scripts, invisible characters)', async () => {
    const mireille = await generateSigningKey(NOW.toISOString());
    const other = await generateSigningKey(NOW.toISOString());
    await trustSigner({ kid: mireille.kid, name: 'Mireille Jansen', jwk: mireille.publicJwk });
    for (const lookAlike of ['Mireille J\u0430nsen', 'M\u0456reille J\u0430ns\u0435n', 'Mireille\u200b Jansen']) {
      const p = await prepareImport(await bundleBy(other, lookAlike));
      expect(p.signerStatus, JSON.stringify(lookAlike)).toBe('name-of-another-key');
      expect(p.sameName).toEqual([{ source: 'trusted', name: 'Mireille Jansen', fingerprint: fingerprint(mireille.kid) }]);
    }
  });

  it('warns of a key that signs under this device’s own signer name', async () => {
    await saveSignerName('Anne de Vries');
    const own = await ensureDeviceKey();
    if (!own.ok) throw new Error('no key');
    const other = await generateSigningKey(NOW.toISOString());
    const check = await checkSigner({ kid: other.kid, name: 'ANNE DE VRIES' });
    expect(check).toEqual({ status: 'name-of-another-key', sameName: [{ source: 'this-device', name: 'Anne de Vries', fingerprint: fingerprint(own.value.key.kid) }] });
    expect((await checkSigner({ kid: own.value.key.kid, name: 'Anne de Vries' })).status).toBe('this-device');
  });

  it('names every trusted key under that name', async () => {
    const a = await generateSigningKey(NOW.toISOString());
    const b = await generateSigningKey(NOW.toISOString());
    const c = await generateSigningKey(NOW.toISOString());
    await trustSigner({ kid: a.kid, name: 'Mireille', jwk: a.publicJwk });
    await trustSigner({ kid: b.kid, name: 'mireille ', jwk: b.publicJwk });
    const check = await checkSigner({ kid: c.kid, name: 'Mireille' });
    expect(check.status).toBe('name-of-another-key');
    expect(check.sameName.map((h) => h.fingerprint).sort()).toEqual([fingerprint(a.kid), fingerprint(b.kid)].sort());
  });

  it('imports such a bundle without trusting its key unless asked', async () => {
    const mireille = await generateSigningKey(NOW.toISOString());
    await trustSigner({ kid: mireille.kid, name: 'Mireille', jwk: mireille.publicJwk });
    const forged = await bundleBy(await generateSigningKey(NOW.toISOString()), 'Mireille');
    const r = await commitImports([{ bundle: forged, choice: { kind: 'new' } }]);
    expect(r.ok && r.value[0]?.kind).toBe('imported');
    expect((await listTrustedSigners()).map((s) => s.kid)).toEqual([mireille.kid]);
  });
});

describe('what would change', () => {
  it('reports a different decision and workshop date, with both values', async () => {
    const g = await richGraph();
    const here = { ...g, workshop: { ...g.workshop, date: '2026-10-01' as IsoDate, decision: g.workshop.decision ? { ...g.workshop.decision, outcome: 'stop' as const } : null } };
    await putGraph(here);
    const p = await prepareImport(await bundleBy(await generateSigningKey(NOW.toISOString()), 'Anne', { ...g, workshop: { ...g.workshop, date: '2026-11-12' as IsoDate } }));
    if (p.existing.kind !== 'same-workshop') throw new Error('expected the same workshop');
    expect(p.existing.differences).toEqual(expect.arrayContaining(['date', 'outcome']));
    expect(p.existing.current).toMatchObject({ date: '2026-10-01', outcome: 'stop' });
    expect(p.incoming).toMatchObject({ date: '2026-11-12', outcome: 'go-with-conditions' });
    expect(p.existing.differences).not.toContain('title');
  });
});

describe('a backup, decided per workshop', () => {
  it('skips, replaces and keeps both as chosen for each, in one transaction', async () => {
    const k = await generateSigningKey(NOW.toISOString());
    const [a, b, c, d] = [await richGraph(), await richGraph(), await richGraph(), await richGraph()];
    const old = (x: typeof a, title: string) => ({ ...x, workshop: { ...x.workshop, title, updatedAt: '2026-01-01T00:00:00.000Z' as IsoDateTime } });
    await putGraph(old(a, 'A hier'));
    await putGraph(old(b, 'B hier'));
    await putGraph(old(c, 'C hier'));
    const items = [];
    for (const g of [a, b, c, d]) items.push(await prepareImport(await bundleBy(k, 'Anne', g)));
    expect(items.map(defaultChoice)).toEqual(['skip', 'skip', 'skip', 'import']);
    const chosen = backupImportItems(items, ['skip', 'replace', 'keep-both', 'import'], (t) => `${t} (kopie)`);
    const r = await commitImports(chosen);
    if (!r.ok) throw new Error('not written');
    expect(r.value.map((o) => o.kind)).toEqual(['skipped', 'imported', 'imported', 'imported']);
    expect((await readGraph(a.workshop.id))?.workshop.title).toBe('A hier');
    expect((await readGraph(b.workshop.id))?.workshop.title).toBe(b.workshop.title);
    expect((await readGraph(c.workshop.id))?.workshop.title).toBe('C hier');
    expect(await db().workshops.filter((w) => w.title === `${c.workshop.title} (kopie)`).count()).toBe(1);
    expect((await readGraph(d.workshop.id))?.workshop.title).toBe(d.workshop.title);
    expect(await db().recovery.count()).toBe(1);
  });

  it('leaves a known name under another key out unless it is chosen', async () => {
    const mireille = await generateSigningKey(NOW.toISOString());
    await trustSigner({ kid: mireille.kid, name: 'Mireille', jwk: mireille.publicJwk });
    const p = await prepareImport(await bundleBy(await generateSigningKey(NOW.toISOString()), 'Mireille'));
    expect(p.existing.kind).toBe('none');
    expect(defaultChoice(p)).toBe('skip');
    const before = await snapshot();
    const r = await commitImports(backupImportItems([p], [defaultChoice(p)], (t) => t));
    expect(r).toEqual({ ok: true, value: [{ kind: 'skipped' }] });
    expect(await snapshot()).toEqual(before);
  });
});
