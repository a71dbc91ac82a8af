// Why: every refusal of a code or a file, on the phone and on the tablet, said in words.
import type { ContributionRefusal } from '../../../exchange/contribution/contribution';
import type { JoinRefusal } from '../../../exchange/contribution/join-code';

export type CodeRefusal = ContributionRefusal | JoinRefusal | 'not-ours' | 'wrong-kind';

const KEYS = {
  malformed: 'workshop:hands.refusal.malformed',
  'too-new': 'workshop:hands.refusal.tooNew',
  'too-large': 'workshop:hands.refusal.tooLarge',
  'other-workshop': 'workshop:hands.refusal.otherWorkshop',
  'other-session': 'workshop:hands.refusal.otherSession',
  tampered: 'workshop:hands.refusal.tampered',
  expired: 'workshop:hands.refusal.expired',
  'not-ours': 'workshop:hands.refusal.notOurs',
  'wrong-kind': 'workshop:hands.refusal.wrongKind',
} as const satisfies Record<CodeRefusal, string>;

export function refusalKey(r: CodeRefusal): (typeof KEYS)[CodeRefusal] {
  return KEYS[r];
}
