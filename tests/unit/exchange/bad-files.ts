// Why: the corpus of bad files the issue lists, built from one good bundle, each with the
// refusal it must get. Used by the pure tests (the reason) and the storage tests (no write).
// Some are files only a backup check can refuse (`opens: 'file'`), or only a device that
// knows the built-in questions (`opens: 'device'`): their file checks alone pass.
import type { ContentPack } from '../../../src/content/pack-types';
import { backupJson } from '../../../src/exchange/backup';
import { createBundle } from '../../../src/exchange/bundle';
import { LIMITS } from '../../../src/exchange/bundle-schema';
import type { Bundle } from '../../../src/exchange/bundle-types';
import { generateSigningKey } from '../../../src/exchange/signing-key';
import { canonicalBytes } from '../../../src/exchange/canonical-json';
import { signDetached } from '../../../src/exchange/jws';
import type { RefusalKind } from '../../../src/exchange/refusal';
import type { JwsFailure } from '../../../src/exchange/jws';
import { NOW, decodeHeader, fileOf, forgedPack, key, pack, payloadOf, richGraph, signedBundle, withIds } from './support';

export interface BadFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly refusal: RefusalKind;
  readonly failure?: JwsFailure;
  /** Who can refuse it: a single bundle's checks (default), a backup's, or the device's. */
  readonly opens?: 'bundle' | 'file' | 'device';
}

/** A backup file of these bundles. */
function backupOf(bundles: readonly Bundle[]): Uint8Array {
  return new TextEncoder().encode(backupJson(bundles.map((b) => JSON.stringify(b)), { createdAt: NOW.toISOString(), appVersion: '1.0.0' }));
}

type ChildKind = 'participants' | 'notes' | 'actionPoints' | 'attachments';

/** Two workshops in one backup, the second using an id of the first for one of its records. */
async function backupSharing(kind: ChildKind): Promise<Uint8Array> {
  const a = await payloadOf(await richGraph());
  const b = await payloadOf(await richGraph());
  const from = b[kind][0]?.id;
  const to = a[kind][0]?.id;
  if (!from || !to) throw new Error(`fixture without ${kind}`);
  return backupOf([await signedBundle(a), await signedBundle(withIds(b, new Map([[from, to]])))]);
}

/** A bundle run with `p` (its workshop names that pack). */
async function bundleWithPack(p: ContentPack): Promise<Bundle> {
  const g = await richGraph();
  return signedBundle(await payloadOf({ ...g, workshop: { ...g.workshop, pack: { id: p.id, version: p.version } } }, p));
}

/** The hostile files about ids and packs: each would have lost or rewritten data on import. */
export async function hostileFiles(): Promise<BadFile[]> {
  const other: ContentPack = { ...pack, version: '9.9.9' };
  const kinds: [ChildKind, string][] = [
    ['participants', 'participant'],
    ['notes', 'note'],
    ['actionPoints', 'action point'],
    ['attachments', 'photo'],
  ];
  return [
    ...(await Promise.all(
      kinds.map(async ([kind, word]): Promise<BadFile> => ({ name: `a backup with the same ${word} id in two workshops`, bytes: await backupSharing(kind), refusal: 'duplicate-id', opens: 'file' })),
    )),
    {
      name: 'a backup with two different packs under one id and version',
      bytes: backupOf([await bundleWithPack(other), await bundleWithPack(forgedPack(other))]),
      refusal: 'pack-conflict',
      opens: 'file',
    },
    { name: 'a bundle with the built-in pack’s id and version but other questions', bytes: fileOf(await bundleWithPack(forgedPack())), refusal: 'pack-conflict', opens: 'device' },
  ];
}

/** A bundle as plain, editable JSON: the tests below break it on purpose. */
type Loose = { [key: string]: any };

export async function goodBundle(): Promise<Bundle> {
  const made = await createBundle(await richGraph(), pack, await key(), { signer: 'Anne de Vries', appVersion: '1.0.0', now: NOW });
  if (!made.ok) throw new Error(`fixture bundle refused: ${JSON.stringify(made.refusal)}`);
  return made.bundle;
}

/** A deep copy that tests can edit freely. */
function edit(b: Bundle, change: (m: Loose) => void): Uint8Array {
  const copy = JSON.parse(JSON.stringify(b)) as Loose;
  change(copy);
  return fileOf(copy);
}

export async function badFiles(): Promise<BadFile[]> {
  const good = await goodBundle();
  const text = JSON.stringify(good);
  const other = await generateSigningKey(NOW.toISOString());
  const header = decodeHeader(good.signature.protected);
  const headerWith = (h: Record<string, unknown>) => Buffer.from(JSON.stringify({ ...header, ...h })).toString('base64url');
  let deep = '1';
  for (let i = 0; i < 5000; i++) deep = `[${deep}]`;

  return [
    { name: 'malformed JSON', bytes: new TextEncoder().encode(text.replace('"payload":', '"payload"')), refusal: 'not-json' },
    { name: 'a truncated file', bytes: new TextEncoder().encode(text.slice(0, Math.floor(text.length / 2))), refusal: 'truncated' },
    { name: 'an empty file', bytes: new Uint8Array(0), refusal: 'empty' },
    { name: 'not UTF-8', bytes: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), refusal: 'not-utf8' },
    { name: 'a wrong format', bytes: edit(good, (b) => void (b.format = 'deda-tafel/content-pack')), refusal: 'wrong-format' },
    { name: 'a JSON file that is something else', bytes: fileOf([1, 2, 3]), refusal: 'wrong-format' },
    { name: 'a future formatVersion', bytes: edit(good, (b) => void (b.formatVersion = 2)), refusal: 'version-newer' },
    { name: 'a formatVersion that is not a number', bytes: edit(good, (b) => void (b.formatVersion = '1' as unknown as number)), refusal: 'version-invalid' },
    { name: 'an edited payload field', bytes: edit(good, (b) => void (b.payload.workshop.decision.outcome = 'go')), refusal: 'signature', failure: 'signature-invalid' },
    { name: 'an edited note', bytes: edit(good, (b) => void (b.payload.notes[0].text = 'Iets anders')), refusal: 'signature', failure: 'signature-invalid' },
    {
      name: 'an edited attachment',
      bytes: edit(good, (b) => {
        const a = b.payload.attachments[0];
        a.data = `${a.data.slice(0, 8)}${a.data[8] === 'A' ? 'B' : 'A'}${a.data.slice(9)}`;
      }),
      refusal: 'attachment-hash',
    },
    { name: 'attachment data that is not base64', bytes: edit(good, (b) => void (b.payload.attachments[0].data = `${b.payload.attachments[0].data.slice(0, -4)}!!!!`)), refusal: 'invalid' },
    { name: 'attachment data of another size', bytes: edit(good, (b) => void (b.payload.attachments[0].byteSize += 1)), refusal: 'attachment-data' },
    {
      name: 'a swapped key (jwk and kid of another key)',
      bytes: edit(good, (b) => void (b.signature.protected = headerWith({ jwk: other.publicJwk, kid: other.kid }))),
      refusal: 'signature',
      failure: 'signature-invalid',
    },
    { name: 'a swapped key with the old kid', bytes: edit(good, (b) => void (b.signature.protected = headerWith({ jwk: other.publicJwk }))), refusal: 'signature', failure: 'signature-key-id' },
    { name: 'a stripped signature', bytes: edit(good, (b) => void delete b.signature), refusal: 'unsigned' },
    { name: 'an emptied signature value', bytes: edit(good, (b) => void (b.signature.signature = 'AAAA')), refusal: 'signature', failure: 'signature-malformed' },
    { name: 'alg none', bytes: edit(good, (b) => void (b.signature.protected = headerWith({ alg: 'none' }))), refusal: 'signature', failure: 'signature-algorithm' },
    { name: 'an encoded (b64 true) signature', bytes: edit(good, (b) => void (b.signature.protected = headerWith({ b64: true }))), refusal: 'signature', failure: 'signature-critical' },
    { name: 'duplicate ids', bytes: edit(good, (b) => void (b.payload.notes[1].id = b.payload.notes[0].id)), refusal: 'duplicate-id' },
    { name: 'a note pointing at a participant that is not there', bytes: edit(good, (b) => void (b.payload.notes[0].speaker = { kind: 'participant', participantId: crypto.randomUUID() })), refusal: 'broken-reference' },
    { name: 'an action point pointing at a note that is not there', bytes: edit(good, (b) => void (b.payload.actionPoints[0].origin.noteId = crypto.randomUUID())), refusal: 'broken-reference' },
    { name: 'a note on a question the pack does not have', bytes: edit(good, (b) => void (b.payload.notes[0].questionId = 'made.up')), refusal: 'broken-reference' },
    { name: 'a __proto__ key', bytes: new TextEncoder().encode(text.replace('"payload":{', '"payload":{"__proto__":{"isAdmin":true},')), refusal: 'forbidden-key' },
    { name: 'a constructor key', bytes: new TextEncoder().encode(text.replace('"workshop":{', '"workshop":{"constructor":{"prototype":{}},')), refusal: 'forbidden-key' },
    { name: 'markup in a title', bytes: edit(good, (b) => void (b.payload.workshop.title = 'Hallo <img src=x onerror=alert(1)>')), refusal: 'markup' },
    { name: 'markup in a note', bytes: edit(good, (b) => void (b.payload.notes[0].text = '<script>alert(1)</script>')), refusal: 'markup' },
    { name: 'markup in the signer name (signed as such)', bytes: fileOf({ ...good, signature: await signDetached(canonicalBytes(good.payload), other, { signer: '<b>Baas</b>', at: NOW }) }), refusal: 'markup' },
    { name: 'extreme nesting', bytes: new TextEncoder().encode(text.replace('"format":', `"deep":${deep},"format":`)), refusal: 'too-deep' },
    { name: 'an oversized file', bytes: new Uint8Array(LIMITS.bundleBytes + 1).fill(0x20), refusal: 'too-large' },
    { name: 'a text that is too long', bytes: edit(good, (b) => void (b.payload.notes[0].text = 'x'.repeat(LIMITS.longText + 1))), refusal: 'text-too-long' },
    { name: 'an unknown member', bytes: edit(good, (b) => void (b.payload.workshop.isAdmin = true)), refusal: 'invalid' },
    { name: 'a media type that is not allowed', bytes: edit(good, (b) => void (b.payload.attachments[0].mediaType = 'text/html')), refusal: 'invalid' },
    { name: 'too many notes', bytes: edit(good, (b) => void (b.payload.notes = Array.from({ length: LIMITS.notes + 1 }, () => b.payload.notes[0]))), refusal: 'too-many' },
    ...(await hostileFiles()),
  ];
}
