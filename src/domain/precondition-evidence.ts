// Why: a precondition is the group's to judge, but the workshop has already recorded much that
// bears on it: concerns and open questions on related topics, questions nobody discussed, key
// roles nobody filled, conditions still open, a goal with no limits. The app gathers that
// evidence and names where each piece comes from, so the group judges with it in view. It never
// turns evidence into a state: presence is not support, and a filled-in field is not a fact.
import type { ActionPoint, ActionStatus } from './action-point';
import { isOpen } from './action-point';
import type { ProjectGoal, ProjectPhase } from './goal';
import type { ActionPointId, NoteId, QuestionId, TopicId } from './ids';
import type { Note } from './note';
import type { Precondition } from './preconditions';
import { statusOf, type TopicShape } from './progress';
import type { QuestionState } from './question-state';
import { KEY_ROLES, type Role } from './roles';

/**
 * Which parts of the workshop bear on which precondition. Data, not code: a whole topic, or a
 * single question of another topic (`<topicId>.<slug>`). Ids a pack does not have simply match
 * nothing, so a pack of one's own still gets the role, goal and condition evidence.
 */
export interface EvidenceSources {
  readonly topics: readonly string[];
  readonly questions: readonly string[];
  /** Roles whose absence bears on it (key roles and, for political support, politics). */
  readonly roles: readonly Role[];
}

export const EVIDENCE_SOURCES: Readonly<Record<Precondition, EvidenceSources>> = {
  // A bounded question, a legitimate data set, no function creep, data minimisation.
  'purpose-limitation': {
    topics: ['source', 'open-data'],
    questions: ['privacy.necessity', 'privacy.retention', 'algorithms.output', 'anonymisation.combining'],
    roles: ['data-analyst'],
  },
  // Being able to explain why this project; a clear lead and an owner who answers for it.
  accountability: {
    topics: ['responsibility', 'transparency'],
    questions: ['algorithms.explain', 'algorithms.errors', 'algorithms.human-role', 'bias.monitoring'],
    roles: ['project-owner'],
  },
  // Departments and disciplines that talk to each other; short lines.
  'integrated-work': {
    topics: [],
    questions: ['access.who', 'responsibility.escalation', 'visualisation.audience', 'algorithms.human-role', 'open-data.function-creep', 'communication.residents'],
    roles: ['data-analyst', 'domain-expert', 'policy-officer', 'communication'],
  },
  // Council and aldermen involved early, not only informed at the end.
  'political-support': {
    topics: [],
    questions: ['communication.council', 'communication.press', 'responsibility.owner', 'visualisation.stigma', 'bias.groups'],
    roles: ['politics'],
  },
  // The PO/FG from the start, with time, means and knowledge.
  'privacy-officer-involved': {
    topics: ['privacy', 'anonymisation'],
    questions: ['source.original-purpose', 'access.processors', 'access.logging'],
    roles: ['privacy-officer'],
  },
};

/** Phases in which a PO/FG who only joins now may have come late. */
const LATE_PHASES: readonly ProjectPhase[] = ['pilot', 'production', 'evaluation'];

/** One piece of evidence, with what it is and where it comes from. */
export type Evidence =
  /** The goal is not written down (goal step). */
  | { readonly kind: 'goal-empty' }
  /** What the goal says the project will not deliver (goal step). */
  | { readonly kind: 'goal-limits'; readonly text: string }
  /** The goal does not say what the project will not deliver (goal step). */
  | { readonly kind: 'goal-limits-empty' }
  /** The goal names no data sets (goal step). */
  | { readonly kind: 'data-sets-empty' }
  /** Leading or advisory: not decided (goal step). */
  | { readonly kind: 'outcome-role-undecided' }
  /** The project is already past its start (goal step): was the PO/FG there from the start? */
  | { readonly kind: 'late-phase'; readonly phase: ProjectPhase }
  /** Nobody is on the list of who is at the table (participants step). */
  | { readonly kind: 'nobody-listed' }
  /** Nobody at the table holds this role (participants step). */
  | { readonly kind: 'role-absent'; readonly role: Role; readonly key: boolean }
  /** A concern or open question on a related question (that topic's board). */
  | { readonly kind: 'note'; readonly note: 'concern' | 'question'; readonly noteId: NoteId; readonly questionId: QuestionId; readonly topicId: TopicId; readonly text: string }
  /** Related questions of one topic that were not discussed (open or parked). */
  | { readonly kind: 'not-discussed'; readonly topicId: TopicId; readonly questionIds: readonly QuestionId[]; readonly parked: number }
  /** A related question the group set aside as not applicable, with its reason. */
  | { readonly kind: 'not-applicable'; readonly questionId: QuestionId; readonly topicId: TopicId; readonly reason: string }
  /** A condition still open that was made for this precondition or from a related note (actions step). */
  | { readonly kind: 'open-condition'; readonly actionPointId: ActionPointId; readonly title: string; readonly status: ActionStatus };

export type EvidenceKind = Evidence['kind'];

/** What the workshop recorded, as far as the evidence needs it. */
export interface EvidenceFacts {
  readonly goal: ProjectGoal;
  readonly participants: readonly { readonly roles: readonly Role[] }[];
  readonly notes: readonly Pick<Note, 'id' | 'questionId' | 'kind' | 'text' | 'order'>[];
  readonly states: ReadonlyMap<QuestionId, QuestionState>;
  readonly actionPoints: readonly ActionPoint[];
  /** The pack's topics and their questions, in pack order. */
  readonly topics: readonly TopicShape[];
}

/** The related questions of a precondition, grouped by topic in pack order. */
export function relatedQuestions(precondition: Precondition, topics: readonly TopicShape[]): { topicId: TopicId; questionIds: QuestionId[] }[] {
  const src = EVIDENCE_SOURCES[precondition];
  return topics
    .map((t) => ({ topicId: t.id, questionIds: t.questionIds.filter((q) => src.topics.includes(t.id) || src.questions.includes(q)) }))
    .filter((t) => t.questionIds.length > 0);
}

function goalEvidence(precondition: Precondition, goal: ProjectGoal): Evidence[] {
  const out: Evidence[] = [];
  const empty = goal.statement.trim() === '';
  if (precondition === 'purpose-limitation') {
    if (empty) out.push({ kind: 'goal-empty' });
    const limits = goal.nonDeliverables.trim();
    out.push(limits ? { kind: 'goal-limits', text: limits } : { kind: 'goal-limits-empty' });
    if (goal.dataSets.trim() === '') out.push({ kind: 'data-sets-empty' });
  }
  if (precondition === 'accountability') {
    if (empty) out.push({ kind: 'goal-empty' });
    if (goal.outcomeRole === 'undecided') out.push({ kind: 'outcome-role-undecided' });
  }
  if (precondition === 'privacy-officer-involved' && goal.phase && LATE_PHASES.includes(goal.phase)) out.push({ kind: 'late-phase', phase: goal.phase });
  return out;
}

function roleEvidence(precondition: Precondition, participants: EvidenceFacts['participants']): Evidence[] {
  if (participants.length === 0) return [{ kind: 'nobody-listed' }];
  const present = new Set(participants.flatMap((p) => p.roles));
  return EVIDENCE_SOURCES[precondition].roles.filter((r) => !present.has(r)).map((role) => ({ kind: 'role-absent', role, key: (KEY_ROLES as readonly Role[]).includes(role) }));
}

/**
 * Everything the workshop recorded that bears on one precondition, in a fixed order: the goal,
 * who is (not) at the table, open conditions, then per related topic in pack order its
 * concerns, open questions, questions set aside and questions not discussed. An empty list
 * means the workshop says nothing about it; the group judges from what it knows.
 */
export function gatherEvidence(precondition: Precondition, facts: EvidenceFacts): Evidence[] {
  const related = relatedQuestions(precondition, facts.topics);
  const topicOf = new Map(related.flatMap((t) => t.questionIds.map((q) => [q, t.topicId] as const)));
  const out: Evidence[] = [...goalEvidence(precondition, facts.goal), ...roleEvidence(precondition, facts.participants)];

  for (const p of facts.actionPoints) {
    if (!p.isCondition || !isOpen(p)) continue;
    const forThis = p.precondition === precondition || (p.origin.kind === 'precondition' && p.origin.precondition === precondition) || (p.origin.kind === 'note' && topicOf.has(p.origin.questionId));
    if (forThis) out.push({ kind: 'open-condition', actionPointId: p.id, title: p.title, status: p.status });
  }

  const notes = [...facts.notes].sort((a, b) => a.order - b.order);
  for (const t of related) {
    const qs = new Set<string>(t.questionIds);
    for (const kind of ['concern', 'question'] as const)
      for (const n of notes) if (n.kind === kind && qs.has(n.questionId)) out.push({ kind: 'note', note: kind, noteId: n.id, questionId: n.questionId, topicId: t.topicId, text: n.text });
    for (const q of t.questionIds) {
      const s = facts.states.get(q);
      if (s?.status === 'not-applicable') out.push({ kind: 'not-applicable', questionId: q, topicId: t.topicId, reason: s.reason.trim() });
    }
    const open = t.questionIds.filter((q) => statusOf(facts.states, q) === 'open' || statusOf(facts.states, q) === 'parked');
    if (open.length > 0) out.push({ kind: 'not-discussed', topicId: t.topicId, questionIds: open, parked: open.filter((q) => statusOf(facts.states, q) === 'parked').length });
  }
  return out;
}
