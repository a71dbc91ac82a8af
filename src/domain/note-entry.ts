// Why: at the table notes come in fast, and a composer that silently kept the last note's
// kind and speaker credited the next remark to the wrong person. This is the rule for what
// the composer offers after each added note: back to "an answer from the group", unless the
// facilitator deliberately held the kind or the speaker for a run of notes.
import { GROUP, type Speaker } from './author';
import type { NoteKind } from './note';

/** What the composer is set to for the next note, and what the facilitator chose to hold. */
export interface NoteEntry {
  readonly kind: NoteKind;
  readonly speaker: Speaker;
  readonly keepKind: boolean;
  readonly keepSpeaker: boolean;
}

/** What a freshly opened composer offers: the most common note, held by nobody. */
export const FRESH_ENTRY: NoteEntry = { kind: 'answer', speaker: GROUP, keepKind: false, keepSpeaker: false };

/** The composer after a note was added: what is not held goes back to its default. */
export function entryAfterAdd(entry: NoteEntry): NoteEntry {
  return {
    ...entry,
    kind: entry.keepKind ? entry.kind : FRESH_ENTRY.kind,
    speaker: entry.keepSpeaker ? entry.speaker : FRESH_ENTRY.speaker,
  };
}

/** Two texts that must both survive (a failed note coming back while the next one is typed). */
export function joinTexts(first: string, second: string): string {
  if (first.trim() === '') return second;
  if (second.trim() === '') return first;
  return `${first}\n${second}`;
}
