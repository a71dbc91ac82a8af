// Why: the body of tests/bench/bench-exchange.mjs, in TypeScript so it calls the app's own
// exchange modules. Builds a large workshop (1,000 notes and 10 photos of about 300 KB per
// scale step), then times export+sign (createBundle) and import+verify (openBundle) at 1x,
// 4x and 16x: the median of five runs (three at 16x).
import { defaultPack } from '../../src/content/packs/default-pack';
import type { Attachment } from '../../src/domain/attachment';
import type { ActionPointId, AttachmentId, NoteId, ParticipantId, QuestionId, WorkshopId } from '../../src/domain/ids';
import type { IsoDateTime } from '../../src/domain/time';
import { newWorkshop } from '../../src/domain/workshop';
import type { WorkshopGraph } from '../../src/domain/workshop-graph';
import { createBundle, openBundle } from '../../src/exchange/bundle';
import { sha256Hex } from '../../src/exchange/digest';
import { generateSigningKey } from '../../src/exchange/signing-key';

const T = '2026-11-12T09:30:00.000Z' as IsoDateTime;
const questions = defaultPack.groups.flatMap((g) => g.topics.flatMap((t) => t.questions.map((q) => q.id as QuestionId)));

function bytes(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export async function largeWorkshop(scale: number): Promise<WorkshopGraph> {
  const id = crypto.randomUUID() as WorkshopId;
  const workshop = newWorkshop({ id, meta: { title: `Groot ${scale}x`, organisation: 'Gemeente', dataProject: '', date: null, place: '', facilitator: '' }, lang: 'nl', pack: { id: defaultPack.id, version: defaultPack.version }, agenda: [], now: T });
  const participants = Array.from({ length: 12 }, (_, i) => ({ id: crypto.randomUUID() as ParticipantId, workshopId: id, name: `Deelnemer ${i} Łukasz`, roles: ['other' as const], roleNote: '', order: i, createdAt: T, updatedAt: T }));
  const notes = Array.from({ length: 1000 * scale }, (_, i) => ({
    id: crypto.randomUUID() as NoteId,
    workshopId: id,
    questionId: questions[i % questions.length] as QuestionId,
    text: `Notitie ${i}: de gegevens komen uit de basisregistratie en worden twee jaar bewaard; is dat nodig? 🚛 ${'ëï'.repeat(i % 40)}`,
    kind: 'answer' as const,
    speaker: { kind: 'participant' as const, participantId: (participants[i % participants.length] as { id: ParticipantId }).id },
    order: i,
    via: 'table' as const,
    createdAt: T,
    updatedAt: T,
  }));
  const actionPoints = Array.from({ length: 50 * scale }, (_, i) => ({
    id: crypto.randomUUID() as ActionPointId,
    workshopId: id,
    title: `Actie ${i}`,
    description: 'Uitzoeken en terugkoppelen aan de projectgroep.',
    owner: { kind: 'nobody' as const },
    dueDate: null,
    priority: 'medium' as const,
    isCondition: i % 5 === 0,
    status: 'open' as const,
    dropReason: '',
    origin: { kind: 'manual' as const },
    valueId: null,
    precondition: null,
    order: i,
    createdAt: T,
    updatedAt: T,
    completedAt: null,
    done: { note: '', by: '', on: null },
  }));
  const attachments: Attachment[] = [];
  for (let i = 0; i < 10 * scale; i++) {
    const b = bytes(300 * 1024, i + 1);
    attachments.push({ id: crypto.randomUUID() as AttachmentId, workshopId: id, target: { kind: 'workshop' }, caption: `Foto ${i}`, mediaType: 'image/jpeg', width: 1600, height: 1200, byteSize: b.length, sha256: await sha256Hex(b), blob: new Blob([b], { type: 'image/jpeg' }), createdAt: T });
  }
  return { workshop, participants, notes, questionStates: [], actionPoints, attachments };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export interface BenchRow {
  readonly scale: number;
  readonly mb: number;
  readonly exportMs: number;
  readonly importMs: number;
}

/** Runs in Node and in the browser alike: only WebCrypto, Blob and TextEncoder are needed. */
export async function measure(scales: readonly number[] = [1, 4, 16]): Promise<BenchRow[]> {
  const key = await generateSigningKey(T);
  const rows: BenchRow[] = [];
  for (const scale of scales) {
    const graph = await largeWorkshop(scale);
    const exp: number[] = [];
    const imp: number[] = [];
    let size = 0;
    // More runs where they are cheap: a shared machine's noise weighs most on short runs.
    const runs = scale >= 16 ? 3 : 5;
    for (let run = 0; run < runs; run++) {
      const t0 = performance.now();
      const made = await createBundle(graph, defaultPack, key, { signer: 'Bench', appVersion: 'bench', now: new Date() });
      if (!made.ok) throw new Error(`export refused: ${JSON.stringify(made.refusal)}`);
      const file = made.bytes;
      const t1 = performance.now();
      const opened = await openBundle(file, { maxBytes: 1024 * 1024 * 1024 });
      const t2 = performance.now();
      if (!opened.ok) throw new Error(`import refused: ${JSON.stringify(opened.refusal)}`);
      size = file.length;
      exp.push(t1 - t0);
      imp.push(t2 - t1);
    }
    rows.push({ scale, mb: size / (1024 * 1024), exportMs: median(exp), importMs: median(imp) });
  }
  return rows;
}
