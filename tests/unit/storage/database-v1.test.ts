// Why: a database as the released app left it (schema version 1, written in Chromium through
// the app's own repositories; tests/contract/v1/database.json, never regenerated) must open
// with the current code and read back, through the repositories the screens use, as the same
// workshops. Every later schema version adds its own fixture and keeps this test passing.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuestionId, WorkshopId } from '../../../src/domain/ids';
import type { IsoDate } from '../../../src/domain/time';
import { createBundle, openBundle } from '../../../src/exchange/bundle';
import { followUpData, listActionPoints, pointsSummary } from '../../../src/storage/action-points-repo';
import { attachmentsOf } from '../../../src/storage/attachments-repo';
import { db, useDatabase } from '../../../src/storage/db';
import { evaluationsOf } from '../../../src/storage/evaluation-repo';
import { readForExport } from '../../../src/storage/export-repo';
import { listRecovery } from '../../../src/storage/import-repo';
import { listTrustedSigners, readSignerName } from '../../../src/storage/keys-repo';
import { noteCount, notesForQuestion } from '../../../src/storage/notes-repo';
import { packFor } from '../../../src/storage/packs-repo';
import { listParticipants } from '../../../src/storage/participants-repo';
import { questionStates } from '../../../src/storage/question-states-repo';
import { readReportSource } from '../../../src/storage/report-repo';
import { CURRENT_VERSION } from '../../../src/storage/schema';
import { getWorkshop, listDeletedWorkshops, listWorkshops } from '../../../src/storage/workshops-repo';
import { key } from '../exchange/support';
import { V1_STORES } from './fixtures/v1';
import { V1_DUMP, useV1Database, v1Rows } from './fixtures/v1-database';

const ids = V1_DUMP.ids as { [K in keyof typeof V1_DUMP.ids]: WorkshopId };
const rows = v1Rows();

beforeEach(() => useV1Database('db-v1'));
afterEach(() => {
  db().close();
  useDatabase(null);
});

describe('a database the release wrote (schema version 1)', () => {
  it('is what the release wrote: schema 1, every table of version 1', () => {
    expect(V1_DUMP.database.version).toBe(1);
    expect(Object.keys(V1_DUMP.database.tables).sort()).toEqual(Object.keys(V1_STORES).sort());
  });

  it('opens at the current version with every row', async () => {
    expect(db().verno).toBe(CURRENT_VERSION);
    for (const [table, list] of Object.entries(rows)) expect(await db().table(table).count(), table).toBe(list.length);
  });

  it('lists the workshops and the recently deleted as the home screen and the device page do', async () => {
    expect((await listWorkshops()).map((w) => w.title).sort()).toEqual(['Bijstand en signalen van zwartwerk', 'Bijstand en signalen — evaluatie', 'Parkeerdata van een collega', 'Smart bins']);
    expect((await listDeletedWorkshops()).map((w) => w.title)).toEqual(['Verwijderd experiment']);
    expect(await getWorkshop(ids.deleted)).toBeUndefined();
  });

  it('reads a whole workshop back through the repositories', async () => {
    const w = await getWorkshop(ids.rich);
    expect(w?.goal.statement).toBe('Eerder zien waar bijstand en werk niet samengaan, zonder iedereen te verdenken.');
    expect(w?.decision?.outcome).toBe('go-with-conditions');
    expect((await listParticipants(ids.rich)).map((p) => p.name)).toEqual(['Łukasz Wróbel', 'Nguyễn Thị Ánh', 'Fatima el Amrani', 'Jan de Boer', 'Sanne Jansen']);
    const onOrigin = await notesForQuestion(ids.rich, 'source.origin' as QuestionId);
    expect(onOrigin.map((n) => n.kind)).toEqual(['answer', 'concern']);
    const counts = await Promise.all((['bias.groups', 'privacy.dpia', 'access.who'] as QuestionId[]).map((q) => noteCount(ids.rich, q)));
    expect(counts).toEqual([1, 1, 0]);
    expect((await questionStates(ids.rich)).map((q) => q.status).sort()).toEqual(['discussed', 'discussed', 'not-applicable', 'parked']);
    expect((await listActionPoints(ids.rich)).map((a) => a.status).sort()).toEqual(['done', 'dropped', 'open', 'open']);
    const photos = await attachmentsOf(ids.rich);
    for (const a of photos) expect(createHash('sha256').update(new Uint8Array(await a.blob.arrayBuffer())).digest('hex')).toBe(a.sha256);
    expect(photos).toHaveLength(2);
    const { exact } = await packFor(w?.pack ?? { id: '', version: '' });
    expect(exact).toBe(true);
  });

  it('keeps the links between sessions, the follow-up and the cards’ summaries', async () => {
    expect((await evaluationsOf(ids.rich)).map((w) => w.id)).toEqual([ids.evaluation]);
    const follow = await followUpData();
    // Open points of the first session carried into the evaluation are followed up there.
    expect(follow.items.filter((i) => i.workshop.id === ids.evaluation)).toHaveLength(2);
    const summary = await pointsSummary(ids.rich, '2026-12-01' as IsoDate);
    expect(summary.open).toBe(0);
  });

  it('keeps the device records: signer name, trusted colleague, replaced version', async () => {
    expect(await readSignerName()).toBe('Anne de Vries');
    expect((await listTrustedSigners()).map((s) => s.name)).toEqual(['Mireille Colleague']);
    expect((await listRecovery()).map((r) => r.title)).toEqual(['Parkeerdata van een collega']);
  });

  it('exports an old workshop into a bundle the current code accepts, and makes its report source', async () => {
    const read = await readForExport(ids.rich);
    if (read.kind !== 'ok') throw new Error(read.kind);
    const made = await createBundle(read.source.graph, read.source.pack, await key(), { signer: 'Anne de Vries', appVersion: 'next', now: new Date('2027-01-01T00:00:00Z') });
    if (!made.ok) throw new Error(JSON.stringify(made.refusal));
    const opened = await openBundle(made.bytes);
    expect(opened.ok && opened.bundle.graph.notes.length).toBe(9);
    const report = await readReportSource(ids.evaluation);
    expect(report.ok).toBe(true);
  });
});
