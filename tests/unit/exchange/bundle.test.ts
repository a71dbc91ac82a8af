// Why: the bundle's promises, checked on the pure functions: what goes out comes back
// identical (for random workshops too), and every bad file is refused with its own reason.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Attachment } from '../../../src/domain/attachment';
import { EMPTY_CLOCKS, extendClock, startClock, usedMs } from '../../../src/domain/clock';
import type { WorkshopGraph } from '../../../src/domain/workshop-graph';
import { createBundle, openBundle, type Migration } from '../../../src/exchange/bundle';
import { PATTERNS } from '../../../src/exchange/bundle-schema';
import { canonicalBytes } from '../../../src/exchange/canonical-json';
import { signDetached } from '../../../src/exchange/jws';
import { refusalMessage } from '../../../src/exchange/refusal';
import { openFile } from '../../../src/exchange/backup';
import { badFiles, goodBundle } from './bad-files';
import { arbitraryGraph, withPhotos } from './arbitraries';
import { NOW, fileOf, key, pack, payloadOf, richGraph, signedBundle } from './support';
import en from '../../../locales/en/exchange.json';
import nl from '../../../locales/nl/exchange.json';

/** A graph without Blobs, with the photo bytes as arrays, for deep comparison. */
async function comparable(g: WorkshopGraph) {
  const attachments = await Promise.all(
    g.attachments.map(async ({ blob, ...a }: Attachment) => ({ ...a, bytes: [...new Uint8Array(await blob.arrayBuffer())], type: blob.type })),
  );
  const { lastExportedAt: _l, deletedAt: _d, ...workshop } = g.workshop;
  return { ...g, workshop, attachments };
}

describe('a bundle', () => {
  it('comes back as the same workshop, signed by whom it says', async () => {
    const g = await richGraph();
    const k = await key();
    const made = await createBundle(g, pack, k, { signer: 'Anne de Vries', appVersion: '1.0.0', now: NOW });
    if (!made.ok) throw new Error(JSON.stringify(made.refusal));
    const opened = await openBundle(new TextEncoder().encode(made.json));
    if (!opened.ok) throw new Error(JSON.stringify(opened.refusal));
    expect(await comparable(opened.bundle.graph)).toEqual(await comparable(g));
    expect(opened.bundle.graph.workshop.lastExportedAt).toBe(NOW.toISOString());
    expect(opened.bundle.graph.workshop.deletedAt).toBeNull();
    expect(opened.bundle.signer).toMatchObject({ name: 'Anne de Vries', kid: k.kid });
    expect(opened.bundle.pack).toEqual(pack);
    expect(opened.bundle.payloadSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('round-trips random workshops (non-Latin text, emoji, long notes, photos) unchanged', async () => {
    const k = await key();
    await fc.assert(
      fc.asyncProperty(arbitraryGraph(), async (raw) => {
        const g = await withPhotos(raw);
        const made = await createBundle(g, pack, k, { signer: 'Prop 🧪', appVersion: '1.0.0', now: NOW });
        if (!made.ok) throw new Error(JSON.stringify(made.refusal));
        const opened = await openBundle(new TextEncoder().encode(made.json));
        if (!opened.ok) throw new Error(JSON.stringify(opened.refusal));
        expect(await comparable(opened.bundle.graph)).toEqual(await comparable(g));
      }),
      { numRuns: 40 },
    );
  });

  it('writes references to deleted things as the app shows them', async () => {
    const g = await richGraph();
    const gone = { ...g, participants: g.participants.slice(1) };
    const made = await createBundle(gone, pack, await key(), { signer: 'A', appVersion: '1.0.0', now: NOW });
    if (!made.ok) throw new Error(JSON.stringify(made.refusal));
    expect(made.bundle.payload.actionPoints[0]?.owner).toEqual({ kind: 'nobody' });
    expect((await openBundle(fileOf(made.bundle))).ok).toBe(true);
  });

  it('is never made when the app would refuse it: markup in a note is named', async () => {
    const g = await richGraph();
    const withTag = { ...g, notes: g.notes.map((n, i) => (i === 1 ? { ...n, text: 'Zie <b>dit</b>' } : n)) };
    const made = await createBundle(withTag, pack, await key(), { signer: 'A', appVersion: '1.0.0', now: NOW });
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.refusal).toEqual({ kind: 'markup', path: 'payload.notes[1].text', excerpt: '<b>dit</b>' });
  });

  it('is never made with markup behind a quoted > (in a note or the signer name): the same rule as on import', async () => {
    const g = await richGraph();
    const attack = '<x title="a>b" onclick=alert(1)>';
    const withTag = { ...g, notes: g.notes.map((n, i) => (i === 0 ? { ...n, text: attack } : n)) };
    const made = await createBundle(withTag, pack, await key(), { signer: 'A', appVersion: '1.0.0', now: NOW });
    expect(made.ok || made.refusal).toEqual({ kind: 'markup', path: 'payload.notes[0].text', excerpt: attack });
    const signer = await createBundle(g, pack, await key(), { signer: `Anne ${attack}`, appVersion: '1.0.0', now: NOW });
    expect(signer.ok || signer.refusal).toMatchObject({ kind: 'markup', path: 'signature.signer' });
  });

  it('cleans invisible characters stored before the app cleaned its input, in the texts and the signer name', async () => {
    const g = await richGraph();
    const old = { ...g, participants: g.participants.map((p, i) => (i === 0 ? { ...p, name: '\u202eseirv ed ennA' } : p)), workshop: { ...g.workshop, title: 'Verslag\u0007' } };
    const made = await createBundle(old, pack, await key(), { signer: 'Anne\u2066', appVersion: '1.0.0', now: NOW });
    if (!made.ok) throw new Error(JSON.stringify(made.refusal));
    const opened = await openBundle(made.bytes);
    if (!opened.ok) throw new Error(JSON.stringify(opened.refusal));
    expect(opened.bundle.graph.participants[0]?.name).toBe('seirv ed ennA');
    expect(opened.bundle.graph.workshop.title).toBe('Verslag');
    expect(opened.bundle.signer.name).toBe('Anne');
    expect(opened.bundle.graph.notes).toEqual(g.notes);
  });

  it('quotes a refused text with its invisible characters shown, in the app’s words and the verifier’s', async () => {
    const corpus = await badFiles();
    const reversed = corpus.find((b) => b.name === 'a participant name turned around by an override');
    const r = reversed && (await openBundle(reversed.bytes));
    if (!r || r.ok) throw new Error('fixture opened');
    expect(r.refusal).toEqual({ kind: 'control-character', path: 'payload.participants[0].name', char: 'U+202E', excerpt: '⟨U+202E⟩seirv ed ennA' });
    expect(refusalMessage({ kind: 'duplicate-member', path: 'a', key: 'ti\u202etle' }).values.key).toBe('ti⟨U+202E⟩tle');
    expect(refusalMessage({ kind: 'wrong-format', found: 'x\u202ey' }).values.found).toBe('x⟨U+202E⟩y');
  });

  it('treats "a < b", an address in angle brackets and placeholders as text, not markup', () => {
    const ok = new RegExp(PATTERNS.noMarkup, 'u');
    const text = ['leeftijd < 18 en > 12', 'a<b', '5 <= 6', 'x <3 y', 'mail: naam@gemeente.nl', 'Jan Jansen <j.jansen@gemeente.nl>', '<naam invullen>', 'score <hoog>', 'x<y>z', 'klopt dat <?', 'a <b en c', '<audit>', '<bold>', '<a-team>'];
    for (const s of text) expect(ok.test(s), s).toBe(true);
  });

  it('refuses elements in any letter case, event handlers, comments and the like', () => {
    const ok = new RegExp(PATTERNS.noMarkup, 'u');
    const markup = ['<b>', 'Zie <b>dit</b>', '</div>', '<p class="x">', 'a <script src=x>', 'einde <script', '<ScRiPt>', '<IMG SRC=x>', '<img src=x onerror=alert(1)>', '<svg/onload=alert(1)>', '<a href=x>', '<x onclick=alert(1)>', '<x/onclick=1>', "<x y='1'onclick=1>", '<!-- x', '<?xml', '<![CDATA[', '<!doctype html>'];
    for (const s of markup) expect(ok.test(s), s).toBe(false);
  });
});

describe('bad files', async () => {
  const corpus = await badFiles();
  const lookup = (k: string, root: unknown) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], root);
  for (const bad of corpus) {
    it(`refuses ${bad.name} (${bad.refusal}${bad.failure ? `: ${bad.failure}` : ''})`, async () => {
      if (bad.opens === 'device') {
        // Sound as a file: only a check against the packs already known (the app's built-in
        // one) refuses it, on the device (storage.test.ts) and in the verifier (verify-cli.test.ts).
        expect((await openFile(bad.bytes)).ok).toBe(true);
        const { key: k, values } = refusalMessage({ kind: 'pack-conflict', packId: pack.id, version: pack.version });
        expect(values).toEqual({ packId: pack.id, version: pack.version });
        for (const root of [nl, en]) expect(lookup(k, root)).toMatch(/\{\{packId\}\}.*\{\{version\}\}/);
        return;
      }
      const r = bad.opens === 'file' ? await openFile(bad.bytes) : await openBundle(bad.bytes);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.refusal.kind).toBe(bad.refusal);
      if (bad.failure) expect(r.refusal).toEqual({ kind: 'signature', failure: bad.failure });
      if (bad.path) expect(r.refusal).toMatchObject({ path: bad.path });
      // Every reason has its own message in both languages.
      const { key: k } = refusalMessage(r.refusal);
      expect(typeof lookup(k, nl), `nl ${k}`).toBe('string');
      expect(typeof lookup(k, en), `en ${k}`).toBe('string');
    });
  }

  it('gives each kind of damage its own reason', () => {
    const reasons = new Set(corpus.map((b) => `${b.refusal}/${b.failure ?? ''}`));
    expect(reasons.size).toBeGreaterThanOrEqual(20);
  });
});

describe('formatVersion', () => {
  // Only version 1 exists, so these tests play "version 2 is current": a version 1 file is
  // then an older file that must be checked as written and migrated.
  it('migrates an older file after checking its signature as it was written', async () => {
    const good = await goodBundle();
    const { exportedAt, ...rest } = good.payload;
    const older = { ...rest, exportedOn: exportedAt };
    const sig = await signDetached(canonicalBytes(older), await key(), { signer: 'Oud', at: NOW });
    const file = fileOf({ format: good.format, formatVersion: 1, payload: older, signature: sig });
    const rename: Migration = {
      from: 1,
      migrate: (p) => {
        const { exportedOn, ...others } = p as Record<string, unknown>;
        return { ...others, exportedAt: exportedOn };
      },
    };
    const r = await openBundle(file, { currentVersion: 2, migrations: [rename] });
    if (!r.ok) throw new Error(JSON.stringify(r.refusal));
    expect(r.bundle.formatVersion).toBe(1);
    expect(r.bundle.exportedAt).toBe(exportedAt);
    expect(r.bundle.signer.name).toBe('Oud');
    // Without a migration step the file cannot be read, and says so.
    expect(await openBundle(file, { currentVersion: 2, migrations: [] })).toEqual({ ok: false, refusal: { kind: 'version-unsupported', version: 1 } });
  });

  it('never migrates a tampered older file', async () => {
    const good = await goodBundle();
    const tampered = { ...good, payload: { ...good.payload, exportedAt: '2030-01-01T00:00:00.000Z' } };
    const migrate = vi.fn((p: unknown) => p);
    const r = await openBundle(fileOf(tampered), { currentVersion: 2, migrations: [{ from: 1, migrate }] });
    expect(r).toEqual({ ok: false, refusal: { kind: 'signature', failure: 'signature-invalid' } });
    expect(migrate).not.toHaveBeenCalled();
  });

  it('refuses a newer file with the version it has', async () => {
    const good = await goodBundle();
    expect(await openBundle(fileOf({ ...good, formatVersion: 7 }))).toEqual({ ok: false, refusal: { kind: 'version-newer', version: 7 } });
  });
});

describe('the step clocks (added to format 1 as an optional property)', () => {
  const at = new Date('2026-11-12T10:00:00.000Z');
  const topic = `topic:${pack.groups[0]?.topics[0]?.id ?? ''}` as const;
  async function timed(): Promise<WorkshopGraph> {
    const g = await richGraph();
    let c = startClock(EMPTY_CLOCKS, 'goal', at);
    c = extendClock(startClock(c, 'values', new Date(at.getTime() + 25 * 60_000)), 'values', 5);
    c = startClock(c, topic, new Date(at.getTime() + 45 * 60_000));
    return { ...g, workshop: { ...g.workshop, clocks: c } };
  }

  it('come back as they went, and the file still has the single timer of the step started last', async () => {
    const g = await timed();
    const made = await createBundle(g, pack, await key(), { signer: 'Anne de Vries', appVersion: '1.0.0', now: NOW });
    if (!made.ok) throw new Error(JSON.stringify(made.refusal));
    expect(made.bundle.payload.workshop.timer).toEqual({ step: topic, runningSince: g.workshop.clocks.runningSince, elapsedMs: 0, extraMinutes: 0 });
    const opened = await openBundle(made.bytes);
    if (!opened.ok) throw new Error(JSON.stringify(opened.refusal));
    expect(opened.bundle.graph.workshop.clocks).toEqual(g.workshop.clocks);
    expect(usedMs(opened.bundle.graph.workshop.clocks, 'goal', at)).toBe(25 * 60_000);
  });

  it('a file without them restores the clock of its timer', async () => {
    const payload = await payloadOf(await timed());
    const { clocks: _c, ...older } = payload.workshop;
    const opened = await openBundle(fileOf(await signedBundle({ ...payload, workshop: older })));
    if (!opened.ok) throw new Error(JSON.stringify(opened.refusal));
    expect(opened.bundle.graph.workshop.clocks).toEqual({ steps: [{ step: topic, usedMs: 0, extraMinutes: 0 }], current: topic, runningSince: payload.workshop.timer?.runningSince });
  });

  it('refuses clocks of a topic the pack does not have, or one step twice', async () => {
    const payload = await payloadOf(await timed());
    const clocks = payload.workshop.clocks;
    if (!clocks) throw new Error('no clocks written');
    const unknown = { ...payload, workshop: { ...payload.workshop, clocks: { ...clocks, current: 'topic:nowhere' } } };
    const r1 = await openBundle(fileOf(await signedBundle(unknown)));
    expect(r1.ok || r1.refusal).toEqual({ kind: 'broken-reference', path: 'payload.workshop.clocks.current', id: 'topic:nowhere' });
    const twice = { ...payload, workshop: { ...payload.workshop, clocks: { ...clocks, steps: [...clocks.steps, clocks.steps[0]!] } } };
    const r2 = await openBundle(fileOf(await signedBundle(twice)));
    expect(r2.ok || r2.refusal).toEqual({ kind: 'duplicate-id', path: 'payload.workshop.clocks.steps[3].step', id: 'goal' });
  });
});
