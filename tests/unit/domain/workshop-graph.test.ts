import { describe, expect, it } from 'vitest';
import { copyGraph } from '../../../src/domain/workshop-graph';
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
