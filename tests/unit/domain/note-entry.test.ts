import { describe, expect, it } from 'vitest';
import type { ParticipantId } from '../../../src/domain/ids';
import { entryAfterAdd, FRESH_ENTRY, joinTexts, type NoteEntry } from '../../../src/domain/note-entry';

const fatima = { kind: 'participant', participantId: 'p-fatima' as ParticipantId } as const;

describe('entryAfterAdd', () => {
  it('starts as an answer from the group, nothing held', () => {
    expect(FRESH_ENTRY).toEqual({ kind: 'answer', speaker: { kind: 'group' }, keepKind: false, keepSpeaker: false });
  });

  it('puts kind and speaker back to answer and the group when nothing is held', () => {
    const after = entryAfterAdd({ kind: 'concern', speaker: fatima, keepKind: false, keepSpeaker: false });
    expect(after).toEqual(FRESH_ENTRY);
  });

  it('keeps the speaker for a run of one person, while the kind still resets', () => {
    const after = entryAfterAdd({ kind: 'idea', speaker: fatima, keepKind: false, keepSpeaker: true });
    expect(after).toEqual({ kind: 'answer', speaker: fatima, keepKind: false, keepSpeaker: true });
  });

  it('keeps the kind when held, while the speaker still resets', () => {
    const after = entryAfterAdd({ kind: 'concern', speaker: { kind: 'role', role: 'privacy-officer' }, keepKind: true, keepSpeaker: false });
    expect(after).toEqual({ kind: 'concern', speaker: { kind: 'group' }, keepKind: true, keepSpeaker: false });
  });

  it('keeps both when both are held, and the holds themselves stay on', () => {
    const held: NoteEntry = { kind: 'question', speaker: fatima, keepKind: true, keepSpeaker: true };
    expect(entryAfterAdd(entryAfterAdd(held))).toEqual(held);
  });
});

describe('joinTexts', () => {
  it('puts a failed note before what was typed since, on its own line', () => {
    expect(joinTexts('Wie is eigenaar?', 'En wie beheert')).toBe('Wie is eigenaar?\nEn wie beheert');
  });

  it('leaves either text alone when the other is empty', () => {
    expect(joinTexts('Wie is eigenaar?', '')).toBe('Wie is eigenaar?');
    expect(joinTexts('  ', 'En wie beheert')).toBe('En wie beheert');
  });
});
