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
import { sha256Hex } from '../../../src/exchange/digest';
import { base64 } from '../../../src/exchange/base64';
import { NOW, decodeHeader, exportablePrivateJwk, fileOf, forgedPack, key, pack, payloadOf, randomBytes, richGraph, signedBundle, signedWithHeader, withIds } from './support';

export interface BadFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly refusal: RefusalKind;
  readonly failure?: JwsFailure;
  /** Where the refusal must say the problem is. */
  readonly path?: string;
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
    { name: 'a future formatVersion', bytes: edit(good, (b) => void (b.formatVersion = 3)), refusal: 'version-newer' },
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
    ...(await misreadFiles(good)),
    ...(await textRuleFiles(good)),
  ];
}

/** A file that begins as a backup does, followed by `size` bytes of what is no backup. */
export function junkBackup(size: number, shape: 'json' | 'not-json'): Uint8Array {
  const head = shape === 'json' ? '{"format":"deda-tafel/backup","junk":"' : '{"format":"deda-tafel/backup",';
  const tail = shape === 'json' ? '"}' : '}';
  const bytes = new Uint8Array(head.length + size + tail.length).fill(0x61);
  bytes.set(new TextEncoder().encode(head), 0);
  if (shape === 'not-json') for (let i = head.length; i < head.length + size; i += 97) bytes[i] = 0x3a; // stray colons
  bytes.set(new TextEncoder().encode(tail), head.length + size);
  return bytes;
}

/**
 * Files that were refused for the wrong reason, or crashed the checks, before they had their
 * own: a signing time no date can hold, half a character pair, a secret key in the header,
 * junk that begins like a backup.
 */
async function misreadFiles(good: Bundle): Promise<BadFile[]> {
  const payload = JSON.parse(JSON.stringify(good.payload)) as Bundle['payload'];
  const signingKey = await key();
  const secret = await exportablePrivateJwk();
  const text = JSON.stringify(good);
  const note = (good.payload.notes[0] as { text: string }).text;
  return [
    { name: 'a signed iat of 1e300', bytes: fileOf(await signedWithHeader(payload, { iat: 1e300 }, signingKey)), refusal: 'signature', failure: 'signature-time' },
    { name: 'a signed iat just past the last possible date', bytes: fileOf(await signedWithHeader(payload, { iat: 8.64e12 + 1 }, signingKey)), refusal: 'signature', failure: 'signature-time' },
    { name: 'a lone surrogate escaped in a note', bytes: new TextEncoder().encode(text.replace(JSON.stringify(note), JSON.stringify(note).replace(/"$/, '\\ud800"'))), refusal: 'lone-surrogate' },
    { name: 'a lone low surrogate escaped in a member name', bytes: new TextEncoder().encode(text.replace('"payload":{', '"payload":{"\\udc00x":1,')), refusal: 'lone-surrogate' },
    { name: 'a signature whose jwk carries the private d', bytes: fileOf(await signedWithHeader(payload, { jwk: { ...signingKey.publicJwk, d: secret.d } }, signingKey)), refusal: 'signature', failure: 'signature-key-private' },
    { name: 'junk that begins like a backup (JSON)', bytes: junkBackup(2_000_000, 'json'), refusal: 'not-a-backup', opens: 'file' },
    { name: 'junk that begins like a backup (not JSON)', bytes: junkBackup(2_000_000, 'not-json'), refusal: 'not-a-backup', opens: 'file' },
  ];
}

/**
 * The files that fool a reader who trusts the published pattern or the parser: markup behind a
 * quoted `>`, invisible characters that turn a name around, days that do not exist, ids no route
 * can open, a member named twice, bytes that are not the photo they claim to be. Each one is
 * signed validly (by the key of whoever made it), so only the rule itself can refuse it.
 */
export async function textRuleFiles(good: Bundle): Promise<BadFile[]> {
  const text = JSON.stringify(good);
  const signed = async (change: (p: Loose) => void): Promise<Uint8Array> => {
    const payload = JSON.parse(JSON.stringify(good.payload)) as Loose;
    change(payload);
    return fileOf(await signedBundle(payload as Bundle['payload']));
  };
  const signedAs = async (signer: string) => fileOf({ ...good, signature: await signDetached(canonicalBytes(good.payload), await key(), { signer, at: NOW }) });
  /** The first photo replaced by these bytes, with their true size and hash. */
  const photo = async (bytes: Uint8Array, mediaType: string): Promise<Uint8Array> => {
    const hash = await sha256Hex(bytes);
    return signed((p) => void Object.assign(p.attachments[0], { mediaType, byteSize: bytes.length, sha256: hash, data: base64.encode(bytes) }));
  };
  const inserted = (at: string, member: string) => {
    if (!text.includes(at)) throw new Error(`fixture has no ${at}`);
    return new TextEncoder().encode(text.replace(at, `${at}${member},`));
  };
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(300, 7)]);
  const firstParticipant = good.payload.participants[0]?.id ?? '';
  return [
    { name: 'markup behind a quoted > in a title', bytes: await signed((p) => void (p.workshop.title = 'Verslag <x title="a>b" onclick=alert(1)>')), refusal: 'markup', path: 'payload.workshop.title' },
    { name: 'markup behind a quoted > in a note', bytes: await signed((p) => void (p.notes[0].text = `<x title='>' onmouseover=alert(1)>zie hier`)), refusal: 'markup', path: 'payload.notes[0].text' },
    { name: 'an image with a quoted > before its handler in a participant name', bytes: await signed((p) => void (p.participants[0].name = '<img alt=">" src=x onerror=alert(1)>')), refusal: 'markup', path: 'payload.participants[0].name' },
    { name: 'markup behind a quoted > in the signer name', bytes: await signedAs('Anne <x title="a>b" onclick=alert(1)>'), refusal: 'markup', path: 'signature.signer' },
    { name: 'a right-to-left override in a title', bytes: await signed((p) => void (p.workshop.title = 'Verslag \u202Efdp.exe')), refusal: 'control-character', path: 'payload.workshop.title' },
    { name: 'a participant name turned around by an override', bytes: await signed((p) => void (p.participants[0].name = '\u202Eseirv ed ennA')), refusal: 'control-character', path: 'payload.participants[0].name' },
    { name: 'an isolate in an action point title', bytes: await signed((p) => void (p.actionPoints[0].title = 'Toets \u2067grondslag\u2069')), refusal: 'control-character', path: 'payload.actionPoints[0].title' },
    { name: 'a control character (BEL) in a note', bytes: await signed((p) => void (p.notes[0].text = 'Bel\u0007 de FG')), refusal: 'control-character', path: 'payload.notes[0].text' },
    { name: 'a signer name turned around by an override (signed as such)', bytes: await signedAs('\u202Eseirv ed ennA'), refusal: 'control-character', path: 'signature.signer' },
    { name: 'a workshop on 31 February', bytes: await signed((p) => void (p.workshop.date = '2026-02-31')), refusal: 'impossible-date', path: 'payload.workshop.date' },
    { name: 'a note made on 30 February', bytes: await signed((p) => void (p.notes[0].createdAt = '2026-02-30T10:00:00.000Z')), refusal: 'impossible-date', path: 'payload.notes[0].createdAt' },
    { name: 'a due date on 29 February of a year that is not a leap year', bytes: await signed((p) => void (p.actionPoints[0].dueDate = '2027-02-29')), refusal: 'impossible-date', path: 'payload.actionPoints[0].dueDate' },
    { name: 'an export at 24:00', bytes: await signed((p) => void (p.exportedAt = '2026-11-12T24:00:00.000Z')), refusal: 'impossible-date', path: 'payload.exportedAt' },
    { name: 'a workshop id that is not a UUID', bytes: await signed((p) => void (p.workshop.id = 'workshop-1')), refusal: 'id-not-uuid', path: 'payload.workshop.id' },
    {
      name: 'a participant id that is not a UUID (its references changed with it)',
      bytes: fileOf(await signedBundle(withIds(good.payload, new Map([[firstParticipant, 'p1']])))),
      refusal: 'id-not-uuid',
      path: 'payload.participants[0].id',
    },
    { name: 'the format named twice', bytes: inserted('{', '"format":"deda-tafel/bundle"'), refusal: 'duplicate-member', path: 'format' },
    { name: 'a workshop title named twice (the app would read the last)', bytes: inserted('"workshop":{', '"title":"Een andere titel"'), refusal: 'duplicate-member', path: 'payload.workshop.title' },
    { name: 'a note text named twice, deep in a list', bytes: inserted('"notes":[{', '"text":"verborgen"'), refusal: 'duplicate-member', path: 'payload.notes[0].text' },
    { name: 'a member named twice, once written with an escape', bytes: inserted('"workshop":{', '"\\u0074itle":"Een andere titel"'), refusal: 'duplicate-member', path: 'payload.workshop.title' },
    { name: 'a PNG declared as a JPEG', bytes: await photo(png, 'image/jpeg'), refusal: 'attachment-type' },
    { name: 'random bytes as a photo', bytes: await photo(randomBytes(500, 3), 'image/jpeg'), refusal: 'attachment-type' },
  ];
}
