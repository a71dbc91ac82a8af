// Why: an anonymised copy opened here is kept apart from the workshops (a settings record), so
// it can never be listed, edited or exported as one; opening the same file twice is one example.
import { beforeEach, describe, expect, it } from 'vitest';
import { anonymise } from '../../../src/domain/anonymise';
import { anonymisedFile } from '../../../src/exchange/anonymised';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { getExample, listExamples, removeExample, saveExample } from '../../../src/storage/examples-repo';
import { listWorkshops } from '../../../src/storage/workshops-repo';
import { graph } from '../support/fixtures';
import { freshName } from './migration-harness';

const labels = { role: () => 'participant', outsider: 'outsider', facilitator: 'f', organisation: 'o', place: 'p', or: 'or' };

beforeEach(() => {
  useDatabase(new DedaDatabase(freshName('examples')));
});

describe('examples on this device', () => {
  it('are kept outside the workshops, once per file, and can be removed', async () => {
    const file = await anonymisedFile(anonymise(graph(), labels).graph, { createdAt: '2026-12-01T10:00:00.000Z', appVersion: '1' });
    const r = await saveExample(file);
    expect(r.ok).toBe(true);
    await saveExample(file);
    expect((await listExamples()).map((e) => e.id)).toEqual([file.sha256]);
    expect((await getExample(file.sha256))?.file.content.participants.map((p) => p.name)).toEqual(['participant 1', 'participant 2']);
    expect(await db().workshops.count()).toBe(0);
    expect(await listWorkshops()).toEqual([]);
    await removeExample(file.sha256);
    expect(await getExample(file.sha256)).toBeNull();
  });
});
