// Why: a JSON Schema cannot say that ids are unique or that a note's speaker is one of the
// participants in the same file. These checks do, so that an imported workshop never holds a
// reference to something that is not there (which screens would show as blank or crash on).
import { validatePack } from '../content/validate-pack';
import type { BundlePayload } from './bundle-types';
import type { Refusal } from './refusal';

type Problem = Extract<Refusal, { kind: 'duplicate-id' | 'broken-reference' | 'pack-invalid' }>;

export function checkPayloadIntegrity(p: BundlePayload): Problem | null {
  const pack = validatePack(p.pack);
  if (!pack.ok) return { kind: 'pack-invalid', problem: pack.problems[0] ?? '' };
  if (p.workshop.pack.id !== p.pack.id || p.workshop.pack.version !== p.pack.version)
    return { kind: 'broken-reference', path: 'payload.workshop.pack', id: `${p.workshop.pack.id}@${p.workshop.pack.version}` };

  const topics = new Set(p.pack.groups.flatMap((g) => g.topics.map((t) => t.id)));
  const questions = new Set(p.pack.groups.flatMap((g) => g.topics.flatMap((t) => t.questions.map((q) => q.id))));

  const unique = (items: readonly { readonly id: string }[], path: string, field = 'id'): Problem | null => {
    const seen = new Set<string>();
    for (let i = 0; i < items.length; i++) {
      const id = (items[i] as { id: string }).id;
      if (seen.has(id)) return { kind: 'duplicate-id', path: `${path}[${i}].${field}`, id };
      seen.add(id);
    }
    return null;
  };
  const w = p.workshop;
  const dup =
    unique(p.participants, 'payload.participants') ??
    unique(p.notes, 'payload.notes') ??
    unique(p.actionPoints, 'payload.actionPoints') ??
    unique(p.attachments, 'payload.attachments') ??
    unique(w.values.entries, 'payload.workshop.values.entries') ??
    unique(w.values.conflicts, 'payload.workshop.values.conflicts') ??
    unique(w.decision?.dissent ?? [], 'payload.workshop.decision.dissent') ??
    unique(
      (w.clocks?.steps ?? []).map((c) => ({ id: c.step })),
      'payload.workshop.clocks.steps',
      'step',
    ) ??
    unique(
      p.questionStates.map((q) => ({ id: q.questionId })),
      'payload.questionStates',
      'questionId',
    );
  if (dup) return dup;

  const people = new Set<string>(p.participants.map((x) => x.id));
  const notes = new Set<string>(p.notes.map((x) => x.id));
  const values = new Set<string>(w.values.entries.map((x) => x.id));
  const broken = (path: string, id: string): Problem => ({ kind: 'broken-reference', path, id });

  for (const [i, n] of p.notes.entries()) {
    if (!questions.has(n.questionId)) return broken(`payload.notes[${i}].questionId`, n.questionId);
    if (n.speaker.kind === 'participant' && !people.has(n.speaker.participantId)) return broken(`payload.notes[${i}].speaker.participantId`, n.speaker.participantId);
  }
  for (const [i, q] of p.questionStates.entries()) if (!questions.has(q.questionId)) return broken(`payload.questionStates[${i}].questionId`, q.questionId);
  for (const [i, a] of p.actionPoints.entries()) {
    if (a.owner.kind === 'participant' && !people.has(a.owner.participantId)) return broken(`payload.actionPoints[${i}].owner.participantId`, a.owner.participantId);
    if (a.origin.kind === 'note' && !notes.has(a.origin.noteId)) return broken(`payload.actionPoints[${i}].origin.noteId`, a.origin.noteId);
    if (a.valueId !== null && !values.has(a.valueId)) return broken(`payload.actionPoints[${i}].valueId`, a.valueId);
  }
  for (const [i, a] of p.attachments.entries()) if (a.target.kind === 'topic' && !topics.has(a.target.topicId)) return broken(`payload.attachments[${i}].target.topicId`, a.target.topicId);
  for (const [i, id] of w.values.coreRanking.entries()) if (!values.has(id)) return broken(`payload.workshop.values.coreRanking[${i}]`, id);
  for (const [i, c] of w.values.conflicts.entries()) {
    if (!values.has(c.a)) return broken(`payload.workshop.values.conflicts[${i}].a`, c.a);
    if (!values.has(c.b)) return broken(`payload.workshop.values.conflicts[${i}].b`, c.b);
  }
  const stepOk = (step: string) => !step.startsWith('topic:') || topics.has(step.slice(6));
  for (const [i, a] of w.agenda.entries()) if (!stepOk(a.step)) return broken(`payload.workshop.agenda[${i}].step`, a.step);
  if (w.timer && !stepOk(w.timer.step)) return broken('payload.workshop.timer.step', w.timer.step);
  for (const [i, c] of (w.clocks?.steps ?? []).entries()) if (!stepOk(c.step)) return broken(`payload.workshop.clocks.steps[${i}].step`, c.step);
  if (w.clocks?.current && !stepOk(w.clocks.current)) return broken('payload.workshop.clocks.current', w.clocks.current);
  return null;
}
