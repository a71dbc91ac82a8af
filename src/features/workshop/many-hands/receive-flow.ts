// Why: what the tablet does with a scanned code or an opened file, apart from how it looks:
// gather the parts, check the contribution against the sessions this workshop opened, and list
// its notes for review. Kept out of the dialog so the dialog only draws.
import type { WorkshopId } from '../../../domain/ids';
import { contributionFromBytes, contributionFromText, secretFor, type Contribution } from '../../../exchange/contribution/contribution';
import { PartCollector } from '../../../exchange/contribution/parts';
import { incomingNotes, sessionsOf, type IncomingNote } from '../../../storage/many-hands-repo';
import type { CodeRefusal } from '../../shared/qr/refusals';

export interface Received {
  readonly contribution: Contribution;
  readonly notes: readonly IncomingNote[];
}

export type Outcome =
  | { readonly kind: 'received'; readonly received: Received }
  | { readonly kind: 'progress'; readonly have: number; readonly of: number }
  | { readonly kind: 'ignored' }
  | { readonly kind: 'refused'; readonly reason: CodeRefusal };

async function checked(workshopId: WorkshopId, read: (secretOf: Parameters<typeof contributionFromText>[1]) => ReturnType<typeof contributionFromText>): Promise<Outcome> {
  const sessions = await sessionsOf(workshopId);
  const r = await read((v) => secretFor(sessions, workshopId, v));
  if (!r.ok) return { kind: 'refused', reason: r.reason };
  return { kind: 'received', received: { contribution: r.contribution, notes: await incomingNotes(r.contribution) } };
}

export function scanFlow(workshopId: WorkshopId): (text: string) => Promise<Outcome> {
  const parts = new PartCollector();
  return async (text) => {
    const r = await parts.add(text);
    switch (r.kind) {
      case 'not-ours':
        return { kind: 'refused', reason: 'not-ours' };
      case 'too-new':
      case 'tampered':
        return { kind: 'refused', reason: r.kind };
      case 'duplicate':
        return r.have === r.of ? { kind: 'ignored' } : { kind: 'progress', have: r.have, of: r.of };
      case 'added':
        return { kind: 'progress', have: r.have, of: r.of };
      case 'complete':
        if (r.part !== 'C') return { kind: 'refused', reason: 'wrong-kind' };
        return checked(workshopId, (s) => contributionFromBytes(r.bytes, s));
    }
  };
}

export function fileFlow(workshopId: WorkshopId, text: string): Promise<Outcome> {
  return checked(workshopId, (s) => contributionFromText(text, s));
}
