// Why: bundles that the released app wrote (format version 1, made in Chromium by
// tests/contract/make-fixtures.mjs) must open in every later version, read back to the same
// workshop, import onto a device and export again. These files are the frozen contract: they
// are never regenerated. If a test here fails, the change broke files people already hold:
// keep version 1 readable (a converter in src/exchange that restores what the old file lacks)
// and, if the format has to change, raise BUNDLE_VERSION and add tests/contract/v2/.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extraMinutes, usedMs } from '../../../src/domain/clock';
import { openFile } from '../../../src/exchange/backup';
import { createBundle, openBundle, type OpenedBundle } from '../../../src/exchange/bundle';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { readGraph } from '../../../src/storage/graph-store';
import { commitImports, prepareImport } from '../../../src/storage/import-repo';
import { readReportSource } from '../../../src/storage/report-repo';
import { listWorkshops } from '../../../src/storage/workshops-repo';
import { modelOf } from '../report/render-support';
import { freshName } from '../storage/migration-harness';
import { key } from './support';

const dir = join(__dirname, '../../contract/v1');
const file = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const photo = (name: string) => sha(new Uint8Array(readFileSync(join(__dirname, '../report/photos', name))));

/** The files as the release wrote them: a golden file that was edited protects nothing. */
const GOLDEN = {
  'rich.deda.json': '46c8ca5d46bd38865bcb00f970989982a20a4db26befc4032ec6ba2f373c0450',
  'small.deda.json': 'c31a4647cdfeba7d1c735fa9b520701c7f5f7f6e9baff7a81a3471595fd1691a',
  'backup.json': '9c07286db0441c8a3e0010dc2ff665790a9549ace4a8706ea8890b5dce7d020c',
} as const;

async function openOne(name: string): Promise<OpenedBundle> {
  const r = await openFile(file(name));
  if (!r.ok) throw new Error(`${name} refused: ${JSON.stringify(r.refusal)}`);
  if (r.kind !== 'bundle') throw new Error(`${name} opened as a backup`);
  return r.bundle;
}

describe('golden bundles of format version 1', () => {
  it('are byte for byte what the release wrote', () => {
    for (const [name, hash] of Object.entries(GOLDEN)) expect(sha(file(name)), `${name} was changed: golden files are never regenerated`).toBe(hash);
  });

  it('the rich workshop opens with its signature and every record intact', async () => {
    const b = await openOne('rich.deda.json');
    expect(b.formatVersion).toBe(1);
    expect(b.appVersion).toBe('0.1.0');
    expect(b.signer.name).toBe('Anne de Vries');
    const g = b.graph;
    const w = g.workshop;
    expect([w.title, w.organisation, w.lang, w.kind, w.date, w.facilitator]).toEqual(['Bijstand en signalen van zwartwerk', 'Gemeente Oudstad', 'nl', 'initial', '2026-11-20', 'Zoë Ørsted-Çelik']);
    expect(w.goal.nonDeliverables).toBe('Geen automatische besluiten; geen scores per inwoner.');
    expect(w.goal.phase).toBe('pilot');
    expect(w.values.entries.map((v) => `${v.label}/${v.source}`)).toEqual(['Rechtvaardigheid/organisation', 'Privacy/organisation', 'Doelmatigheid/project']);
    expect(w.values.coreRanking).toHaveLength(2);
    expect(w.values.conflicts).toHaveLength(1);
    expect(g.participants.map((p) => p.name)).toEqual(['Łukasz Wróbel', 'Nguyễn Thị Ánh', 'Fatima el Amrani', 'Jan de Boer', 'Sanne Jansen']);
    expect(g.participants[4]?.roles).toEqual(['communication', 'other']);
    expect(g.notes).toHaveLength(9);
    expect(g.notes.map((n) => n.text)).toContain('Wijken met veel huurwoningen vallen vaker op — bewaartermijn ≤ 5 jaar?');
    expect(g.notes.map((n) => n.text)).toContain('DPIA nog niet gestart 🙁');
    const people = new Set(g.participants.map((p) => p.id as string));
    for (const n of g.notes) if (n.speaker.kind === 'participant') expect(people.has(n.speaker.participantId)).toBe(true);
    expect(Object.fromEntries(g.questionStates.map((q) => [q.questionId, q.status]))).toEqual({ 'bias.groups': 'discussed', 'open-data.publish': 'not-applicable', 'privacy.retention': 'parked', 'source.origin': 'discussed' });
    expect(g.questionStates.find((q) => q.status === 'parked')?.reason).toBe('Eerst de DPIA afwachten.');
    const points = new Map(g.actionPoints.map((a) => [a.title, a]));
    expect([...points.values()].map((a) => a.status).sort()).toEqual(['done', 'dropped', 'open', 'open']);
    expect(points.get('Extern bureau vragen')?.dropReason).toBe('Niet nodig: we doen het zelf.');
    const fromNote = points.get('Grondslag laten toetsen door juridische zaken')?.origin;
    expect(fromNote?.kind).toBe('note');
    if (fromNote?.kind === 'note') expect(g.notes.find((n) => n.id === fromNote.noteId)?.kind).toBe('concern');
    expect(points.get('DPIA starten')?.owner).toEqual({ kind: 'role', role: 'privacy-officer' });
    expect(w.preconditions['accountability']).toMatchObject({ state: 'partly', confirmed: true, overrideReason: 'De wethouder steunt het, de raad weet nog van niets.' });
    // Stored by the release's render effect: the app's proposals, not the group's judgement.
    expect(w.preconditions['political-support']).toMatchObject({ state: 'in-place', confirmed: false });
    expect(w.decision).toMatchObject({ outcome: 'go-with-conditions', decidedBy: 'Projectgroep', date: '2026-11-20' });
    expect(w.decision?.dissent.map((d) => d.who)).toEqual(['Łukasz Wróbel']);
    // The file has only the single timer of format 1: it becomes that step's clock.
    expect(w.clocks).toEqual({ steps: [{ step: 'topic:bias', usedMs: 754_000, extraMinutes: 5 }], current: 'topic:bias', runningSince: null });
    expect(usedMs(w.clocks, 'topic:bias', new Date('2030-01-01T00:00:00Z'))).toBe(754_000);
    expect(extraMinutes(w.clocks, 'topic:bias')).toBe(5);
    expect(w.agenda.length).toBeGreaterThan(10);
    const photos = await Promise.all(g.attachments.map(async (a) => [a.mediaType, sha(new Uint8Array(await a.blob.arrayBuffer())), a.caption] as const));
    expect(photos).toEqual(
      expect.arrayContaining([
        ['image/jpeg', photo('poster-landscape.jpg'), 'Poster na ronde 1 — مرحبا'],
        ['image/png', photo('whiteboard.png'), ''],
      ]),
    );
  });

  it('the small English workshop opens', async () => {
    const b = await openOne('small.deda.json');
    expect([b.graph.workshop.title, b.graph.workshop.lang]).toEqual(['Smart bins', 'en']);
    expect(b.graph.notes.map((n) => n.text)).toEqual(['Fill-level sensors only; no cameras.']);
    expect(b.graph.participants).toEqual([]);
  });

  it('the backup opens with its four workshops, the evaluation pointing at its first session', async () => {
    const r = await openFile(file('backup.json'));
    if (!r.ok || r.kind !== 'backup') throw new Error(JSON.stringify(r));
    const byTitle = new Map(r.bundles.map((b) => [b.graph.workshop.title, b.graph]));
    expect([...byTitle.keys()].sort()).toEqual(['Bijstand en signalen van zwartwerk', 'Bijstand en signalen — evaluatie', 'Parkeerdata van een collega', 'Smart bins']);
    const evaluation = byTitle.get('Bijstand en signalen — evaluatie');
    expect(evaluation?.workshop.kind).toBe('evaluation');
    expect(evaluation?.workshop.evaluationOf).toBe(byTitle.get('Bijstand en signalen van zwartwerk')?.workshop.id);
    expect(evaluation?.actionPoints.filter((a) => a.origin.kind === 'carried-over')).toHaveLength(2);
  });
});

describe('golden bundles on a device', () => {
  beforeEach(() => useDatabase(new DedaDatabase(freshName('golden'))));
  afterEach(() => {
    db().close();
    useDatabase(null);
  });

  it('import, read back through the repositories, make a report and export again with nothing lost', async () => {
    const b = await openOne('rich.deda.json');
    const prepared = await prepareImport(b);
    expect(prepared.existing.kind).toBe('none');
    const written = await commitImports([{ bundle: b, choice: { kind: 'new' } }]);
    if (!written.ok) throw new Error('import failed');
    expect((await listWorkshops()).map((w) => w.title)).toEqual(['Bijstand en signalen van zwartwerk']);
    const stored = await readGraph(b.graph.workshop.id);
    if (!stored) throw new Error('not stored');
    expect(stored.notes.map((n) => n.id).sort()).toEqual(b.graph.notes.map((n) => n.id).sort());
    expect(stored.workshop.clocks.steps).toEqual([{ step: 'topic:bias', usedMs: 754_000, extraMinutes: 5 }]);

    const source = await readReportSource(b.graph.workshop.id);
    if (!source.ok) throw new Error(source.problem);
    const model = await modelOf(source.graph);
    expect(JSON.stringify(model)).toContain('Grondslag laten toetsen door juridische zaken');

    // What the current code writes of an old workshop keeps every field the old file had.
    const again = await createBundle(stored, source.pack, await key(), { signer: 'Anne de Vries', appVersion: 'next', now: new Date('2027-01-01T00:00:00Z') });
    if (!again.ok) throw new Error(JSON.stringify(again.refusal));
    const golden = JSON.parse(readFileSync(join(dir, 'rich.deda.json'), 'utf8')) as { payload: Record<string, unknown> };
    const { app: _a, exportedAt: _e, ...kept } = golden.payload;
    expect(again.bundle.payload).toMatchObject(kept);
    // Written again, the old timer is still there (derived from the clocks) and the clocks beside it.
    expect(again.bundle.payload.workshop.clocks).toEqual({ steps: [{ step: 'topic:bias', usedMs: 754_000, extraMinutes: 5 }], current: 'topic:bias', runningSince: null });
    const reopened = await openBundle(again.bytes);
    expect(reopened.ok).toBe(true);
  });
});
