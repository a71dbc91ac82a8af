// Why: a bundle is signed with a name the device remembers; on the first export the workshop's
// facilitator is suggested. Both ways to make a bundle (alone, or with the report) share it.
import { useEffect, useState } from 'preact/hooks';
import { readSignerName } from '../../storage/keys-repo';

/** The signer's name as typed (null until the remembered one is read) and its setter. */
export function useSignerName(facilitator: string | undefined): readonly [string | null, (name: string) => void] {
  const [signer, setSigner] = useState<string | null>(null);
  useEffect(() => {
    void readSignerName().then((n) => setSigner((s) => s ?? n));
  }, []);
  // First export on this device: the facilitator's name is suggested, and is the name until
  // another is typed (derived, not set from an effect, so that a tap right after the screen
  // opens signs with it too).
  return [signer === '' && facilitator ? facilitator : signer, setSigner];
}
