// Why: the figures of the QR hand-over for bench-qr.mjs, from the app's own modules and the
// fixed set of twenty notes the unit test also uses (tests/unit/exchange/contribution/fixture.ts).
import { encode } from 'uqr';
import { contributionParts, signContribution } from '../../src/exchange/contribution/contribution';
import { deflate } from '../../src/exchange/contribution/deflate';
import { joinCodeParts } from '../../src/exchange/contribution/join-code';
import { JOIN, twentyNotes } from '../unit/exchange/contribution/fixture';

export async function measure() {
  const signed = await signContribution(twentyNotes(), JOIN.key);
  const json = new TextEncoder().encode(JSON.stringify(signed));
  const parts = await contributionParts(signed);
  const join = await joinCodeParts(JOIN);
  const version = (t: string) => encode(t, { ecc: 'M' }).version;
  return {
    notes: signed.notes.length,
    jsonBytes: json.length,
    deflatedBytes: (await deflate(json)).length,
    parts: parts.map((p) => ({ chars: p.length, version: version(p) })),
    join: join.map((p) => ({ chars: p.length, version: version(p) })),
  };
}
