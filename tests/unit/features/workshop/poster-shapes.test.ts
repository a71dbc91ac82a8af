// Why: a board of hundreds of notes is re-planned at each added note; the plan keeps what it found
// per note and per question only if their shapes stay the same objects while they do not change,
// and the board tells "nothing changed" from those objects rather than by comparing hundreds.
import { describe, expect, it } from 'vitest';
import { noteShape, questionText, sameNotesShape } from '../../../../src/features/workshop/topic/use-poster-plan';
import type { Note } from '../../../../src/domain/note';

const note = (id: string, text: string, extra: Partial<Note> = {}): Note =>
  ({ id, workshopId: 'w', questionId: 'q', text, kind: 'answer', speaker: { kind: 'group' }, order: 1, createdAt: '2026-12-03T10:00:00.000Z', updatedAt: '2026-12-03T10:00:00.000Z', ...extra }) as unknown as Note;

describe('poster shapes', () => {
  it('a note read again unchanged keeps its shape; a changed text, kind word or speaker gets a new one', () => {
    const a = noteShape(note('n1', 'Wie beheert de sensoren?'), 'Antwoord');
    expect(noteShape(note('n1', 'Wie beheert de sensoren?'), 'Antwoord')).toBe(a);
    const longer = noteShape(note('n1', 'Wie beheert de sensoren, en wie leest ze uit?'), 'Antwoord');
    expect(longer).not.toBe(a);
    expect(longer.text).toBeGreaterThan(a.text);
    expect(noteShape(note('n1', 'Wie beheert de sensoren, en wie leest ze uit?'), 'Zorg')).not.toBe(longer);
    const named = noteShape(note('n1', 'Wie beheert de sensoren, en wie leest ze uit?', { speaker: { kind: 'participant', participantId: 'p1' } as Note['speaker'] }), 'Zorg');
    expect(named.speaker).toBe(true);
  });

  it('the same question text is the same measured object', () => {
    expect(questionText('Welke uitkomst levert het algoritme op?')).toBe(questionText('Welke uitkomst levert het algoritme op?'));
    expect(questionText('Een andere vraag?')).not.toBe(questionText('Welke uitkomst levert het algoritme op?'));
  });

  it('two reports are the same when they hold the same shapes in the same order and the same reason', () => {
    const x = noteShape(note('n2', 'Eén'), 'Antwoord');
    const y = noteShape(note('n3', 'Twee'), 'Antwoord');
    expect(sameNotesShape({ notes: [x, y], reason: false }, { notes: [x, y], reason: false })).toBe(true);
    expect(sameNotesShape({ notes: [x, y], reason: false }, { notes: [y, x], reason: false })).toBe(false);
    expect(sameNotesShape({ notes: [x], reason: false }, { notes: [x, y], reason: false })).toBe(false);
    expect(sameNotesShape({ notes: [x], reason: false }, { notes: [x], reason: true })).toBe(false);
    expect(sameNotesShape(undefined, { notes: [], reason: false })).toBe(false);
  });
});
