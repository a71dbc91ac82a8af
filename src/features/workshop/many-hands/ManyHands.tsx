// Why: the one lazily loaded entry of "many hands" on the tablet: the join code or the
// receiver, whichever the topic bar asked for. The QR encoder, the decoder and these texts load
// only when a facilitator first taps one of the two buttons.
import type { TopicId } from '../../../domain/ids';
import { InviteDialog } from './InviteDialog';
import { ReceiveDialog } from './ReceiveDialog';
import './many-hands.css';

export type ManyHandsMode = 'invite' | 'receive';

export function ManyHands({ mode, topicId, onMode }: { mode: ManyHandsMode; topicId: TopicId; onMode: (m: ManyHandsMode | null) => void }) {
  return mode === 'invite' ? <InviteDialog topicId={topicId} onClose={() => onMode(null)} onReceive={() => onMode('receive')} /> : <ReceiveDialog onClose={() => onMode(null)} />;
}
