// Why: the tablet's side of "many hands". The sessions it opened (join codes with their keys)
// are device records in the settings table, never part of a workshop's graph, so a key never
// travels in an exported bundle; a reload of the tablet keeps the phones' sessions valid.
// Taking notes from a contribution is one transaction: each writer is matched to a participant
// (by the id they chose on the phone, else by name) or added as one, and each note is stored
// under an id made from the session and the phone's note id, so taking it twice adds nothing.
import type { Speaker } from '../domain/author';
import type { NoteId, ParticipantId, QuestionId, WorkshopId } from '../domain/ids';
import type { Note } from '../domain/note';
import { plainText } from '../domain/plain-text';
import { nowIso, type IsoDateTime } from '../domain/time';
import type { Contribution, ContributedNote } from '../exchange/contribution/contribution';
import { storedNoteId } from '../exchange/contribution/contribution';
import type { JoinCode } from '../exchange/contribution/join-code';
import { db } from './db';
import { sessionsKey } from './many-hands-key';
import { nextOrder } from './notes-repo';
import { touch } from './touch';
import { write, type WriteResult } from './write';

/** Sessions kept per workshop: a phone that joined at an earlier topic can still hand over. */
const KEEP = 20;

interface SessionsRow {
  readonly sessions: readonly JoinCode[];
}

export async function sessionsOf(workshopId: WorkshopId): Promise<readonly JoinCode[]> {
  const row = await db().settings.get(sessionsKey(workshopId));
  return (row?.value as SessionsRow | undefined)?.sessions ?? [];
}

/**
 * The session for this offer: the newest one still admitting phones for an hour or more that
 * offers the same (same questions, names and title, as `make()` would), else `make()`'s fresh
 * one, kept. Older sessions stay valid for handing over.
 */
export function openSession(workshopId: WorkshopId, now: Date, make: () => JoinCode): Promise<WriteResult<JoinCode>> {
  return write(() =>
    db().transaction('rw', db().settings, async () => {
      const key = sessionsKey(workshopId);
      const sessions = ((await db().settings.get(key))?.value as SessionsRow | undefined)?.sessions ?? [];
      const fresh = make();
      const offer = (c: JoinCode) => JSON.stringify([c.title, c.lang, c.questions, c.people]);
      const live = sessions.find((c) => offer(c) === offer(fresh) && Date.parse(c.expiresAt) > now.getTime() + 3600_000);
      if (live) return live;
      await db().settings.put({ key, value: { sessions: [fresh, ...sessions].slice(0, KEEP) } satisfies SessionsRow });
      return fresh;
    }),
  );
}

export interface IncomingNote {
  readonly note: ContributedNote;
  readonly writer: string;
  /** The id it has (or will have) on the tablet. */
  readonly storedId: NoteId;
  readonly already: boolean;
}

/** The notes of a checked contribution as the review list shows them. */
export async function incomingNotes(c: Contribution): Promise<IncomingNote[]> {
  const ids = await Promise.all(c.notes.map((n) => storedNoteId(c.session, n.id) as Promise<NoteId>));
  const existing = await db().notes.bulkGet(ids);
  return c.notes.map((note, i) => ({ note, writer: c.writers[note.writer]?.name ?? '', storedId: ids[i]!, already: existing[i] !== undefined }));
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Stores the chosen notes of a contribution on its workshop. Returns how many were added (a
 * note already there is not added again).
 */
export function takeNotes(c: Contribution, chosen: readonly IncomingNote[]): Promise<WriteResult<number>> {
  const workshopId = c.workshopId as WorkshopId;
  return write(() =>
    db().transaction('rw', db().notes, db().participants, db().workshops, async () => {
      const now: IsoDateTime = nowIso();
      const people = await db().participants.where('workshopId').equals(workshopId).sortBy('order');
      const speakers = new Map<number, Speaker>();
      const speakerOf = async (index: number): Promise<Speaker> => {
        const known = speakers.get(index);
        if (known) return known;
        const w = c.writers[index];
        const name = plainText(w?.name ?? '').trim();
        const match = people.find((p) => p.id === w?.participantId) ?? people.find((p) => sameName(p.name, name));
        let id = match?.id;
        if (!id) {
          // Someone not yet on the list of who is at the table: they are now.
          id = crypto.randomUUID() as ParticipantId;
          const row = { id, workshopId, name, roles: [], roleNote: '', order: (people.at(-1)?.order ?? -1) + 1, createdAt: now, updatedAt: now };
          await db().participants.add(row);
          people.push(row);
        }
        const s: Speaker = { kind: 'participant', participantId: id };
        speakers.set(index, s);
        return s;
      };
      let added = 0;
      const chosenIds = chosen.map((x) => x.storedId);
      const present = await db().notes.bulkGet(chosenIds);
      for (const [i, x] of chosen.entries()) {
        const text = plainText(x.note.text).trim();
        // Already there, or nothing left once invisible characters are gone (domain/plain-text).
        if (present[i] || text === '') continue;
        const note: Note = {
          id: x.storedId,
          workshopId,
          questionId: x.note.questionId as QuestionId,
          text,
          kind: x.note.kind,
          speaker: await speakerOf(x.note.writer),
          order: nextOrder(),
          via: 'contribution',
          createdAt: new Date(x.note.createdAt).toISOString() as IsoDateTime,
          updatedAt: now,
        };
        await db().notes.add(note);
        added += 1;
      }
      if (added > 0) await touch(workshopId, now);
      return added;
    }),
  );
}
