// Why: auditors and archivists must be able to check a bundle without the app: who signed it
// (fingerprint), what exactly was signed (the payload's SHA-256), and whether it is intact.
// This is the command behind `npm run verify -- FILE`; it runs the very checks the app runs
// (same modules), and says why a file fails in the app's own English words. It never ends in
// a stack trace: whatever goes wrong unexpectedly is one line naming the file and the cause.
// An encrypted bundle (a JWE) is opened with `--passphrase P`, and then its inside is checked
// exactly as an open bundle; without the passphrase it says that the file is encrypted.
import { readFile } from 'node:fs/promises';
import en from '../../locales/en/exchange.json';
import { defaultPack } from '../content/packs/default-pack';
import { openFile, type OpenedFile } from './backup';
import type { OpenedBundle } from './bundle';
import { isEncryptedHead, readLocked, unlockFile } from './encrypted-file';
import type { JweHeader } from './jwe';
import { conflictingPack, packHash } from './pack-hash';
import { refusalMessage } from './refusal';

type Out = (line: string) => void;

function message(key: string, values: Record<string, string | number>): string {
  const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], en);
  if (typeof text !== 'string') return key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

async function describeBundle(b: OpenedBundle, out: Out, indent = ''): Promise<void> {
  const w = b.graph.workshop;
  out(`${indent}Workshop:        ${w.title}${w.organisation ? ` (${w.organisation})` : ''}`);
  out(`${indent}Signer:          ${b.signer.name || '(no name)'}`);
  out(`${indent}Fingerprint:     ${b.signer.fingerprint}`);
  out(`${indent}Key id (kid):    ${b.signer.kid}`);
  out(`${indent}Signed at:       ${b.signer.signedAt}`);
  out(`${indent}Payload SHA-256: ${b.payloadSha256}`);
  // The question set the workshop ran with, and the terms its texts may be used under.
  out(`${indent}Question set:    ${b.pack.id} ${b.pack.version}, licence: ${b.pack.licence ?? '(not named in the set)'}`);
  out(`${indent}Set SHA-256:     ${await packHash(b.pack)}`);
  out(`${indent}Contents:        ${b.graph.participants.length} participants, ${b.graph.notes.length} notes, ${b.graph.actionPoints.length} action points, ${b.graph.attachments.length} photos (each checked against its SHA-256)`);
}

export async function verifyCli(argv: readonly string[], out: Out = console.log, err: Out = console.error): Promise<number> {
  try {
    return await verify(argv, out, err);
  } catch (e) {
    err(couldNotCheck(argv[0] ?? '', e));
    return 2;
  }
}

/** The one line for an unexpected error: which file, and the error's own words, no stack. */
export function couldNotCheck(file: string, e: unknown): string {
  const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return `Could not check ${file || 'the file'}: ${why.split('\n')[0] ?? ''}`;
}

type Args = { readonly file: string; readonly passphrase: string | null } | null;

/** FILE, and `--passphrase P` (or `--passphrase=P`) before or after it; null when malformed. */
export function parseArgs(argv: readonly string[]): Args {
  let file: string | null = null;
  let passphrase: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--passphrase') {
      const next = argv[i + 1];
      if (next === undefined || passphrase !== null) return null;
      passphrase = next;
      i += 1;
    } else if (a.startsWith('--passphrase=')) {
      if (passphrase !== null) return null;
      passphrase = a.slice('--passphrase='.length);
    } else if (a === '--help' || a === '-h' || file !== null) return null;
    else file = a;
  }
  return file ? { file, passphrase } : null;
}

function describeEnvelope(h: JweHeader): string {
  return `JWE ${h.alg}, ${h.enc}, ${h.p2c} PBKDF2 iterations`;
}

async function verify(argv: readonly string[], out: Out, err: Out): Promise<number> {
  const args = parseArgs(argv);
  if (!args) {
    err('Usage: npm run verify -- FILE [--passphrase PASSPHRASE]');
    err('Checks a DEDA Tafel bundle (or backup): signature, photos, format. Exit code 0 when OK, 1 when not.');
    err('An encrypted bundle (.deda.jwe) needs its passphrase; the inside is then checked as any bundle.');
    return 2;
  }
  const file = args.file;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    err(`Cannot read ${file}: ${(e as Error).message}`);
    return 2;
  }
  let opened: OpenedFile;
  let encryption: string | null = null;
  if (isEncryptedHead(new TextDecoder().decode(bytes.subarray(0, 200)))) {
    const locked = readLocked(bytes);
    if (!locked.ok) opened = locked;
    else if (args.passphrase === null) {
      out(`File:            ${file}`);
      out(`Encrypted:       ${describeEnvelope(locked.envelope.header)}`);
      out('NOT CHECKED: the file is an encrypted bundle. Give its passphrase: npm run verify -- FILE --passphrase PASSPHRASE');
      return 2;
    } else {
      opened = await unlockFile(locked.envelope, args.passphrase);
      encryption = describeEnvelope(locked.envelope.header);
    }
  } else opened = await openFile(bytes);
  // As the app does: a pack under the built-in pack's id and version must be that very pack.
  const conflict = opened.ok ? await conflictingPack(opened.kind === 'bundle' ? [opened.bundle.pack] : opened.bundles.map((b) => b.pack), [defaultPack]) : null;
  const r: OpenedFile = conflict && opened.ok ? { ok: false, refusal: conflict.refusal, ...(opened.kind === 'backup' ? { index: conflict.index } : {}) } : opened;
  out(`File:            ${file}`);
  if (encryption) out(`Encrypted:       ${encryption} (opened with the passphrase)`);
  if (!r.ok) {
    const { key, values } = refusalMessage(r.refusal);
    out(`FAILED${r.index !== undefined ? ` (workshop ${r.index + 1} in the backup)` : ''}: ${message(key, values)}`);
    out(`Reason code:     ${r.refusal.kind}${r.refusal.kind === 'signature' || r.refusal.kind === 'encrypted' ? `/${r.refusal.failure}` : ''}`);
    return 1;
  }
  if (r.kind === 'bundle') await describeBundle(r.bundle, out);
  else {
    out(`Backup made:     ${r.createdAt}, ${r.bundles.length} workshops`);
    for (const [i, b] of r.bundles.entries()) {
      out(`-- ${i + 1}`);
      await describeBundle(b, out, '   ');
    }
  }
  out('OK');
  return 0;
}
