// Why: "done" proposes who did it from the point's owner, on the actions step and in the
// follow-up view alike; only a real name is proposed, never a role or a placeholder word.
import { describe, expect, it } from 'vitest';
import type { ParticipantId } from '../../../../src/domain/ids';
import { doneByProposal } from '../../../../src/features/shared/closing-labels';

const anna = 'p-anna' as ParticipantId;
const people = [{ id: anna, name: 'Anna de Vries' }];

describe('doneByProposal', () => {
  it('proposes a participant who owns the point by name', () => {
    expect(doneByProposal({ kind: 'participant', participantId: anna }, people)).toBe('Anna de Vries');
    expect(doneByProposal({ kind: 'participant', participantId: anna }, new Map([[anna, { name: 'Anna de Vries' }]]))).toBe('Anna de Vries');
  });

  it('proposes a named person', () => {
    expect(doneByProposal({ kind: 'person', name: 'Bram Peters' }, people)).toBe('Bram Peters');
  });

  it('proposes nothing for a role, nobody, or a participant no longer listed', () => {
    expect(doneByProposal({ kind: 'role', role: 'privacy-officer' }, people)).toBe('');
    expect(doneByProposal({ kind: 'nobody' }, people)).toBe('');
    expect(doneByProposal({ kind: 'participant', participantId: 'p-gone' as ParticipantId }, people)).toBe('');
  });
});
