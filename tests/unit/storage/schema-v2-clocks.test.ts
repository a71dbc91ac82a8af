// Why: schema version 2 turns a workshop's single timer into a clock per step. The database
// the released app wrote (schema 1, tests/contract/v1/database.json) must come through that
// upgrade with the time it held: its rich workshop had used 754 s of the bias topic, with 5
// minutes added. Read back through the repositories the screens use, and timed on from there.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CLOCKS, extraMinutes, isRunning, remainingMs, startClock, usedMs } from '../../../src/domain/clock';
import type { WorkshopId } from '../../../src/domain/ids';
import { db, useDatabase } from '../../../src/storage/db';
import { listRecovery, restoreRecovery } from '../../../src/storage/import-repo';
import { updateClocks } from '../../../src/storage/workshop-content-repo';
import { getWorkshop, listWorkshops } from '../../../src/storage/workshops-repo';
import { V1_DUMP, useV1Database } from './fixtures/v1-database';

const rich = V1_DUMP.ids.rich as WorkshopId;
const later = new Date('2030-01-01T00:00:00Z');

beforeEach(() => useV1Database('db-v1-to-v2'));
afterEach(() => {
  db().close();
  useDatabase(null);
});

describe('schema version 2 on a database the release wrote', () => {
  it('the fixture is what the test says: a single timer of 754 s on topic:bias with 5 extra minutes', () => {
    const row = V1_DUMP.database.tables.workshops?.find((w) => (w as { id: string }).id === rich) as { timer: unknown };
    expect(row.timer).toEqual({ step: 'topic:bias', runningSince: null, elapsedMs: 754_000, extraMinutes: 5 });
  });

  it('keeps the old timer as the clock of its step', async () => {
    expect(db().verno).toBeGreaterThanOrEqual(2);
    const w = await getWorkshop(rich);
    if (!w) throw new Error('rich workshop missing');
    expect(usedMs(w.clocks, 'topic:bias', later)).toBe(754_000);
    expect(extraMinutes(w.clocks, 'topic:bias')).toBe(5);
    expect(isRunning(w.clocks, 'topic:bias')).toBe(false);
    expect(w.clocks.current).toBe('topic:bias');
    // The agenda's minutes for the step, plus the 5 added, minus the 754 s used.
    const planned = w.agenda.find((a) => a.step === 'topic:bias')?.minutes ?? 0;
    expect(remainingMs(w.clocks, 'topic:bias', planned, later)).toBe((planned + 5) * 60_000 - 754_000);
    expect('timer' in w).toBe(false);
  });

  it('gives workshops without a timer empty clocks', async () => {
    const others = (await listWorkshops()).filter((w) => w.id !== rich);
    expect(others.length).toBe(3);
    for (const w of others) expect(w.clocks).toEqual(EMPTY_CLOCKS);
  });

  it('times on from the upgraded clock: another step started keeps the bias topic’s time', async () => {
    const at = new Date('2027-03-01T10:00:00Z');
    await updateClocks(rich, (c) => startClock(c, 'topic:bias', at));
    await updateClocks(rich, (c) => startClock(c, 'topic:privacy', new Date(at.getTime() + 60_000)));
    const w = await getWorkshop(rich);
    if (!w) throw new Error('rich workshop missing');
    expect(usedMs(w.clocks, 'topic:bias', later)).toBe(814_000);
    expect(isRunning(w.clocks, 'topic:privacy')).toBe(true);
  });

  it('upgrades the workshops kept in the recovery table, so bringing one back works', async () => {
    const [entry] = await listRecovery();
    if (!entry) throw new Error('no recovery entry');
    const kept = (await db().recovery.get(entry.id))?.graph.workshop;
    expect(kept?.clocks).toEqual(EMPTY_CLOCKS);
    expect(kept && 'timer' in kept).toBe(false);
    const restored = await restoreRecovery(entry.id, 'Terug');
    if (!restored.ok) throw new Error('restore failed');
    expect((await getWorkshop(restored.value))?.clocks).toEqual(EMPTY_CLOCKS);
  });
});
