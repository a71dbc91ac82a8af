import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../../src/domain/attachment';
import { copyGraph, rekeyGraph, type TakenIds, type WorkshopGraph } from '../../../src/domain/workshop-graph';
import type { ActionPointId, AttachmentId } from '../../../src/domain/ids';
import type { IsoDateTime } from '../../../src/domain/time';
import { graph } from '../support/fixtures';

describe('copyGraph', () => {
  const now = '2026-11-29T10:00:00.000Z' as IsoDateTime;

  it('gives every entity a new id and keeps texts', () => {
    const g = graph();
    const c = copyGraph(g, { now, title: 'Kopie' });
    expect(c.workshop.id).not.toBe(g.workshop.id);
    expect(c.workshop.title).toBe('Kopie');
    expect(c.notes.map((n) => n.text)).toEqual(g.notes.map((n) => n.text));
    const oldIds = new Set([...g.participants, ...g.notes, ...g.actionPoints].map((x) => x.id as string));
    expect([...c.participants, ...c.notes, ...c.actionPoints].some((x) => oldIds.has(x.id))).toBe(false);
    expect([...c.participants, ...c.notes, ...c.actionPoints, ...c.questionStates].every((x) => x.workshopId === c.workshop.id)).toBe(true);
  });

  it('points speakers, owners and origins at the copies', () => {
    const g = graph();
    const c = copyGraph(g, { now, title: 'Kopie' });
    const people = new Set(c.participants.map((p) => p.id as string));
    const speaker = c.notes[0]?.speaker;
    expect(speaker?.kind === 'participant' && people.has(speaker.participantId)).toBe(true);
    const ap = c.actionPoints[0];
    expect(ap?.owner.kind === 'participant' && people.has(ap.owner.participantId)).toBe(true);
    expect(ap?.origin.kind === 'note' && c.notes.some((n) => n.id === (ap.origin as { noteId: string }).noteId)).toBe(true);
  });

  it('is a fresh workshop: created now, never exported, not deleted', () => {
    const g = graph();
    const c = copyGraph({ ...g, workshop: { ...g.workshop, lastExportedAt: now, deletedAt: now } }, { now, title: 'Kopie' });
    expect(c.workshop.createdAt).toBe(now);
    expect(c.workshop.lastExportedAt).toBeNull();
    expect(c.workshop.deletedAt).toBeNull();
  });
});

describe('rekeyGraph', () => {
  const none: TakenIds = { participants: new Set(), notes: new Set(), actionPoints: new Set(), attachments: new Set() };

  it('leaves a graph whose ids are all free exactly as it is', () => {
    const g = graph();
    expect(rekeyGraph(g, none)).toBe(g);
  });

  it('a taken workshop id: the workshop and every record point at a new one, the records keep their own ids', () => {
    const g = graph();
    const r = rekeyGraph(g, { ...none, workshop: true });
    expect(r.workshop.id).not.toBe(g.workshop.id);
    expect(r.workshop.title).toBe(g.workshop.title);
    for (const rows of [r.participants, r.notes, r.questionStates, r.actionPoints, r.attachments]) expect(rows.every((x) => x.workshopId === r.workshop.id)).toBe(true);
    expect(r.notes.map((n) => n.id)).toEqual(g.notes.map((n) => n.id));
  });

  it('gives only the taken records new ids, and points every reference at them', () => {
    const g = graph();
    const [p1, p2] = g.participants;
    const [n1, n2] = g.notes;
    const a1 = g.actionPoints[0];
    if (!p1 || !p2 || !n1 || !n2 || !a1) throw new Error('fixture');
    // p1 owns the action point, p2 speaks in n1, the action point comes from n2.
    const r = rekeyGraph(g, { ...none, participants: new Set([p1.id, p2.id]), notes: new Set([n2.id]), actionPoints: new Set([a1.id]) });
    expect(r.workshop).toBe(g.workshop);
    const [q1, q2] = r.participants;
    const [m1, m2] = r.notes;
    const b1 = r.actionPoints[0];
    expect(q1?.id).not.toBe(p1.id);
    expect(q2?.id).not.toBe(p2.id);
    expect(m1?.id).toBe(n1.id);
    expect(m2?.id).not.toBe(n2.id);
    expect(b1?.id).not.toBe(a1.id);
    expect(m1?.speaker).toEqual({ kind: 'participant', participantId: q2?.id });
    expect(b1?.owner).toEqual({ kind: 'participant', participantId: q1?.id });
    expect(b1?.origin).toEqual({ ...a1.origin, noteId: m2?.id });
    // Everything else as it was, in the same workshop.
    expect(r.participants.map((p) => p.name)).toEqual(g.participants.map((p) => p.name));
    expect(r.notes.map((n) => n.text)).toEqual(g.notes.map((n) => n.text));
    expect([...r.participants, ...r.notes, ...r.actionPoints, ...r.questionStates].every((x) => x.workshopId === g.workshop.id)).toBe(true);
  });

  it('re-keys a taken photo, and keeps a carried-over point pointing at the first session', () => {
    const g = graph();
    const a1 = g.actionPoints[0];
    if (!a1) throw new Error('fixture');
    const earlier = 'aaaaaaaa-0000-4000-8000-000000000001' as ActionPointId;
    const carried = { ...a1, origin: { kind: 'carried-over' as const, fromActionPointId: earlier } };
    const photo: Attachment = { id: 'photo-1' as AttachmentId, workshopId: g.workshop.id, target: { kind: 'workshop' as const }, caption: '', mediaType: 'image/png', width: 1, height: 1, byteSize: 1, sha256: '', blob: new Blob([]), createdAt: g.workshop.createdAt };
    const h: WorkshopGraph = { ...g, actionPoints: [carried], attachments: [photo] };
    const r = rekeyGraph(h, { ...none, actionPoints: new Set([a1.id]), attachments: new Set(['photo-1']) });
    expect(r.attachments[0]?.id).not.toBe('photo-1');
    expect(r.attachments[0]?.blob).toBe(photo.blob);
    expect(r.actionPoints[0]?.id).not.toBe(a1.id);
    expect(r.actionPoints[0]?.origin).toEqual({ kind: 'carried-over', fromActionPointId: earlier });
  });
});
