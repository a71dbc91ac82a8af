// Why: the figures of the QR hand-over for bench-qr.mjs, from the app's own modules and the
// fixed set of twenty notes the unit test also uses (tests/unit/exchange/contribution/fixture.ts).
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { contributionParts, signContribution } from '../../src/exchange/contribution/contribution';
import { deflate } from '../../src/exchange/contribution/deflate';
import { joinCodeParts } from '../../src/exchange/contribution/join-code';
import { JOIN, twentyNotes } from '../unit/exchange/contribution/fixture';

/** A 720x720 camera frame of the code (as the e2e test's fake camera shows it), in RGBA. */
function frame(text: string): Uint8ClampedArray {
  const size = 720;
  const qr = encode(text, { ecc: 'M', border: 4 });
  const scale = Math.floor((size - 40) / qr.size);
  const offset = Math.floor((size - qr.size * scale) / 2);
  const px = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const r = Math.floor((y - offset) / scale);
      const c = Math.floor((x - offset) / scale);
      if (qr.data[r]?.[c]) px.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3);
    }
  return px;
}

/** Median milliseconds jsQR takes to read one frame (the decoder where BarcodeDetector is absent). */
function decodeMs(text: string): number {
  const px = frame(text);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const found = jsQR(px, 720, 720, { inversionAttempts: 'dontInvert' });
    times.push(performance.now() - t0);
    if (found?.data !== text) throw new Error('jsQR misread a code');
  }
  return times.sort((a, b) => a - b)[3]!;
}

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
    parts: parts.map((p) => ({ chars: p.length, version: version(p), decodeMs: decodeMs(p) })),
    join: join.map((p) => ({ chars: p.length, version: version(p) })),
  };
}
