// Why: what is typed or pasted into the app is stored without the invisible characters that
// turn a name around or hide what a text is (the same rule an import refuses them by), through
// the repositories, so no component has to remember it; and a photo is stored only when its
// bytes are the image type it comes with.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import type { QuestionId, WorkshopId } from '../../../src/domain/ids';
import { GROUP } from '../../../src/domain/author';
import { addActionPoint, EMPTY_DRAFT, listActionPoints } from '../../../src/storage/action-points-repo';
import { addPhoto, attachmentsOf, updateCaption } from '../../../src/storage/attachments-repo';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { recordDecision } from '../../../src/storage/decision-repo';
import { readSignerName, saveSignerName } from '../../../src/storage/keys-repo';
import { addNote, notesForQuestion, updateNote } from '../../../src/storage/notes-repo';
import { addParticipant, listParticipants, updateParticipant } from '../../../src/storage/participants-repo';
import { questionStates, setQuestionState } from '../../../src/storage/question-states-repo';
import { updateGoalField } from '../../../src/storage/workshop-content-repo';
import { createWorkshop, getWorkshop, updateWorkshopMeta } from '../../../src/storage/workshops-repo';
import { meta } from '../support/fixtures';
import { photoBytes, randomBytes } from '../exchange/support';
import { freshName } from './migration-harness';

const RLO = '\u202e';
const Q = 'algorithms.output' as QuestionId;
let id: WorkshopId;

beforeEach(async () => {
  useDatabase(new DedaDatabase(freshName('plain-input')));
  const r = await createWorkshop(meta({ title: `Verslag ${RLO}fdp.exe`, organisation: 'Gemeente\u0007 Oudstad' }), 'nl', defaultPack);
  if (!r.ok) throw new Error('create failed');
  id = r.value;
});
afterEach(() => {
  db().close();
  useDatabase(null);
});

describe('text typed into the app', () => {
  it('is stored without overrides, isolates and control characters, in every repository', async () => {
    expect(await getWorkshop(id)).toMatchObject({ title: 'Verslag fdp.exe', organisation: 'Gemeente Oudstad' });
    await updateWorkshopMeta(id, { ...meta(), place: 'Kamer\u2066 2.14\u2069' });
    expect((await getWorkshop(id))?.place).toBe('Kamer 2.14');

    await addParticipant(id, `${RLO}seirv ed ennA`, []);
    const [p] = await listParticipants(id);
    expect(p?.name).toBe('seirv ed ennA');
    if (p) await updateParticipant(p, { roleNote: `FG${RLO}` });
    expect((await listParticipants(id))[0]?.roleNote).toBe('FG');

    await addNote(id, Q, { text: `Regel 1\nRegel\t2${RLO}`, kind: 'answer', speaker: GROUP });
    const [n] = await notesForQuestion(id, Q);
    expect(n?.text).toBe('Regel 1\nRegel\t2');
    if (n) await updateNote(n, { text: `\u202bNieuw` });
    expect((await notesForQuestion(id, Q))[0]?.text).toBe('Nieuw');

    await setQuestionState(id, Q, 'parked', `Later${RLO}`);
    expect((await questionStates(id))[0]?.reason).toBe('Later');
    await updateGoalField(id, 'statement', `Minder ritten${RLO}`);
    expect((await getWorkshop(id))?.goal.statement).toBe('Minder ritten');
    await addActionPoint(id, { ...EMPTY_DRAFT, title: `Toets${RLO}`, description: 'x\u0000y' });
    expect((await listActionPoints(id)).map((a) => [a.title, a.description])).toEqual([['Toets', 'xy']]);
    await recordDecision(id, { outcome: 'pause', rationale: `Wacht${RLO}`, dissent: [{ id: crypto.randomUUID() as never, who: `${RLO}GF`, reason: '' }], decidedBy: 'Team\u009b', date: null });
    expect((await getWorkshop(id))?.decision).toMatchObject({ rationale: 'Wacht', decidedBy: 'Team', dissent: [{ who: 'GF' }] });

    await saveSignerName(`${RLO}seirv ed ennA`);
    expect(await readSignerName()).toBe('seirv ed ennA');
  });

  it('keeps every script, emoji and the bidirectional marks', async () => {
    const name = 'مرحبا\u200f Łukasz 🚛 bewaartermijn ≤ 5 jaar';
    await addParticipant(id, name, []);
    expect((await listParticipants(id))[0]?.name).toBe(name);
  });
});

describe('a photo added in the app', () => {
  const add = (bytes: Uint8Array, mediaType: 'image/jpeg' | 'image/png') => addPhoto(id, { kind: 'workshop' }, { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }), mediaType, width: 10, height: 10, caption: `Poster${RLO}` });

  it('is stored when its bytes are the type it comes with, with a clean caption', async () => {
    const r = await add(photoBytes(400), 'image/jpeg');
    expect(r.ok).toBe(true);
    const [a] = await attachmentsOf(id);
    expect(a?.caption).toBe('Poster');
    if (a) await updateCaption(a, `Poster 2${RLO}`);
    expect((await attachmentsOf(id))[0]?.caption).toBe('Poster 2');
  });

  it('is refused, and nothing stored, when the bytes are another type or no image at all', async () => {
    const before = (await getWorkshop(id))?.updatedAt;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(100)]);
    expect(await add(png, 'image/jpeg')).toEqual({ ok: false, refused: 'not-that-image' });
    expect(await add(randomBytes(500, 3), 'image/jpeg')).toEqual({ ok: false, refused: 'not-that-image' });
    expect(await add(photoBytes(400), 'image/png')).toEqual({ ok: false, refused: 'not-that-image' });
    expect(await attachmentsOf(id)).toEqual([]);
    expect((await getWorkshop(id))?.updatedAt).toBe(before);
  });
});
