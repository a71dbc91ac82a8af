// Why: the tablet's side of many hands against a real (in-memory) IndexedDB: a session is kept
// and reused, and never travels in a bundle; taking notes credits each writer (the participant
// chosen on the phone, one of the same name, or a new one) and marks the notes; taking the same
// notes again adds nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import type { QuestionId, WorkshopId } from '../../../src/domain/ids';
import { signContribution, type UnsignedContribution } from '../../../src/exchange/contribution/contribution';
import { newJoinCode } from '../../../src/exchange/contribution/join-code';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { CLOCK_KEY } from '../../../src/storage/stamping';
import { readForExport } from '../../../src/storage/export-repo';
import { incomingNotes, openSession, sessionsOf, takeNotes } from '../../../src/storage/many-hands-repo';
import { notesOfWorkshop } from '../../../src/storage/notes-repo';
import { addParticipant, listParticipants } from '../../../src/storage/participants-repo';
import { createWorkshop, deleteWorkshop, eraseWorkshop } from '../../../src/storage/workshops-repo';
import { meta } from '../support/fixtures';
import { freshName } from './migration-harness';

beforeEach(() => useDatabase(new DedaDatabase(freshName('hands'))));
afterEach(() => {
  db().close();
  useDatabase(null);
});

const NOW = new Date('2026-12-02T10:00:00Z');
const QUESTIONS = [
  { id: 'source.origin', text: 'Waar komen de gegevens vandaan?' },
  { id: 'source.quality', text: 'Hoe goed zijn ze?' },
];

async function setUp() {
  const r = await createWorkshop(meta({ title: 'Meeschrijven' }), 'nl', defaultPack);
  if (!r.ok) throw new Error(r.problem);
  const id = r.value as WorkshopId;
  const fatima = await addParticipant(id, 'Fatima', []);
  const joost = await addParticipant(id, 'Joost', []);
  if (!fatima.ok || !joost.ok) throw new Error('participants');
  const make = (questions = QUESTIONS, people: { id: string; name: string }[] = []) => () => newJoinCode({ workshopId: id, title: 'Meeschrijven', lang: 'nl', questions, people, now: NOW });
  const session = await openSession(id, NOW, make());
  if (!session.ok) throw new Error('session');
  return { id, fatima: fatima.value, joost: joost.value, join: session.value, make };
}

describe('many hands on the tablet', () => {
  it('keeps a session per offer and reuses it while it lasts, and no bundle carries it', async () => {
    const { id, join, make, fatima } = await setUp();
    const again = await openSession(id, NOW, make());
    expect(again.ok && again.value.session).toBe(join.session);
    const other = await openSession(id, NOW, make(QUESTIONS.slice(0, 1)));
    expect(other.ok && other.value.session).not.toBe(join.session);
    const withNames = await openSession(id, NOW, make(QUESTIONS, [{ id: fatima, name: 'Fatima' }]));
    expect(withNames.ok && withNames.value.session).not.toBe(join.session);
    const later = await openSession(id, new Date(NOW.getTime() + 11.5 * 3600_000), make());
    expect(later.ok && later.value.session).not.toBe(join.session);
    expect((await sessionsOf(id)).length).toBe(4);
    const read = await readForExport(id);
    if (read.kind !== 'ok') throw new Error(read.kind);
    expect(JSON.stringify(read.source)).not.toContain(join.key);
    // Erasing the workshop for good forgets its sessions: their join codes hold its names.
    expect((await deleteWorkshop(id)).ok).toBe(true);
    expect((await eraseWorkshop(id)).ok).toBe(true);
    expect(await sessionsOf(id)).toEqual([]);
    // What stays is the device's own merge clock, which belongs to no workshop.
    expect((await db().settings.toCollection().primaryKeys()).filter((k) => k !== CLOCK_KEY)).toEqual([]);
  });

  it('credits each writer, adds a new name as a participant, marks the notes, and adds nothing the second time', async () => {
    const { id, fatima, joost, join } = await setUp();
    const unsigned: UnsignedContribution = {
      format: 'deda-tafel/contribution',
      formatVersion: 1,
      workshopId: id,
      session: join.session,
      writers: [{ participantId: fatima, name: 'Fatima' }, { name: ' joost ' }, { name: 'Sanne' }],
      notes: [
        { id: 'a1', questionId: 'source.origin', kind: 'answer', text: 'Uit de BRP.', createdAt: '2026-12-02T10:01:00.000Z', writer: 0 },
        { id: 'a2', questionId: 'source.quality', kind: 'concern', text: 'Drie jaar oud.', createdAt: '2026-12-02T10:02:00.000Z', writer: 1 },
        { id: 'a3', questionId: 'source.quality', kind: 'idea', text: 'Vraag het CBS.', createdAt: '2026-12-02T10:03:00.000Z', writer: 2 },
      ],
    };
    const c = await signContribution(unsigned, join.key);
    const incoming = await incomingNotes(c);
    expect(incoming.map((n) => [n.writer, n.already])).toEqual([['Fatima', false], [' joost ', false], ['Sanne', false]]);
    const r = await takeNotes(c, incoming);
    expect(r).toEqual({ ok: true, value: 3 });
    const people = await listParticipants(id);
    expect(people.map((p) => p.name)).toEqual(['Fatima', 'Joost', 'Sanne']);
    const sanne = people[2]!.id;
    const notes = await notesOfWorkshop(id);
    const byText = new Map(notes.map((n) => [n.text, n]));
    expect(byText.get('Uit de BRP.')?.speaker).toEqual({ kind: 'participant', participantId: fatima });
    expect(byText.get('Drie jaar oud.')?.speaker).toEqual({ kind: 'participant', participantId: joost });
    expect(byText.get('Vraag het CBS.')?.speaker).toEqual({ kind: 'participant', participantId: sanne });
    expect(notes.every((n) => n.via === 'contribution')).toBe(true);
    expect(byText.get('Drie jaar oud.')?.questionId).toBe('source.quality' as QuestionId);
    expect(byText.get('Uit de BRP.')?.createdAt).toBe('2026-12-02T10:01:00.000Z');

    // The same contribution again: every note is already there, nothing is added, nobody new.
    const twice = await incomingNotes(c);
    expect(twice.every((n) => n.already)).toBe(true);
    expect(await takeNotes(c, twice)).toEqual({ ok: true, value: 0 });
    expect(await notesOfWorkshop(id)).toHaveLength(3);
    expect(await listParticipants(id)).toHaveLength(3);
  });
});
