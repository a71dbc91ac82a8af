// Why: "go" recorded with nothing discussed, no precondition judged and the PO/FG absent would
// read in the report as a considered decision. Before "go" or "go under conditions" the app
// lists what is still open; the group may go ahead anyway, but then says why in a sentence
// that stays with the decision. The Decision record has no field for it (the bundle format is
// frozen), so the sentence goes into the rationale as a clearly marked last paragraph, which
// can be found again (and replaced, not repeated) when the decision is changed.
import type { ActionPoint } from './action-point';
import type { Outcome } from './decision';
import { openConditions } from './decision-rules';
import type { QuestionId, TopicId } from './ids';
import { notJudged } from './precondition-rules';
import type { Precondition, PreconditionScan } from './preconditions';
import { statusOf, type TopicShape } from './progress';
import type { QuestionState } from './question-state';
import { missingKeyRoles, type KeyRole, type Role } from './roles';

export interface OpenItems {
  /** Questions neither discussed nor set aside as not applicable (parked ones included). */
  readonly questions: { readonly open: number; readonly total: number; readonly topics: readonly { readonly topicId: TopicId; readonly open: number }[] };
  readonly notJudged: readonly Precondition[];
  readonly missingRoles: readonly KeyRole[];
  readonly openConditions: readonly ActionPoint[];
}

export interface OpenItemsInput {
  readonly topics: readonly TopicShape[];
  readonly states: ReadonlyMap<QuestionId, QuestionState>;
  readonly scan: PreconditionScan;
  readonly participants: readonly { readonly roles: readonly Role[] }[];
  readonly actionPoints: readonly ActionPoint[];
}

/** What is still open in the workshop when the group wants to go ahead. */
export function openItemsBeforeGo(input: OpenItemsInput): OpenItems {
  const open = (q: QuestionId) => {
    const s = statusOf(input.states, q);
    return s === 'open' || s === 'parked';
  };
  const topics = input.topics.map((t) => ({ topicId: t.id, open: t.questionIds.filter(open).length })).filter((t) => t.open > 0);
  return {
    questions: { open: topics.reduce((n, t) => n + t.open, 0), total: input.topics.reduce((n, t) => n + t.questionIds.length, 0), topics },
    notJudged: notJudged(input.scan),
    missingRoles: missingKeyRoles(input.participants),
    openConditions: openConditions(input.actionPoints),
  };
}

/** The outcomes that go ahead, and so are checked against what is open. */
export function goesAhead(outcome: Outcome | null): boolean {
  return outcome === 'go' || outcome === 'go-with-conditions';
}

/**
 * True when the group must say why it goes ahead anyway. Open conditions do not count here:
 * "go" is refused while they are open (decision-rules), and "go under conditions" is about them.
 */
export function needsGoAheadReason(outcome: Outcome | null, items: OpenItems): boolean {
  return goesAhead(outcome) && (items.questions.open > 0 || items.notJudged.length > 0 || items.missingRoles.length > 0);
}

export type GoAheadProblem = 'go-ahead-reason-required';

export function goAheadProblem(outcome: Outcome | null, items: OpenItems, reason: string): GoAheadProblem | null {
  return needsGoAheadReason(outcome, items) && reason.trim() === '' ? 'go-ahead-reason-required' : null;
}

/** The words of the marked paragraph, in one language. */
export interface GoAheadWords {
  /** Begins the paragraph, in brackets, so it can be found again: "[Doorgegaan terwijl nog open was]". */
  readonly heading: string;
  /** What was open, in one line. */
  readonly summary: string;
  /** Before the group's sentence: "Waarom de groep toch doorgaat". */
  readonly reasonLabel: string;
}

/** The group's sentence kept to one paragraph: blank lines inside it would split it. */
function oneParagraph(text: string): string {
  return text.trim().replace(/\n\s*\n+/g, '\n');
}

/** The rationale with the marked paragraph appended (nothing appended without a reason). */
export function withGoAhead(rationale: string, reason: string, words: GoAheadWords): string {
  const base = rationale.trim();
  if (reason.trim() === '') return base;
  const paragraph = `[${words.heading}] ${words.summary}\n${words.reasonLabel}: ${oneParagraph(reason)}`;
  return base ? `${base}\n\n${paragraph}` : paragraph;
}

/**
 * Splits a stored rationale into the group's own text and the sentence of a marked paragraph
 * (headings: the marker in every language, as a record may be changed in another language).
 */
export function splitGoAhead(rationale: string, headings: readonly string[], reasonLabels: readonly string[]): { rationale: string; reason: string } {
  const paragraphs = rationale.split(/\n\s*\n/);
  const marked = (p: string) => headings.some((h) => p.trimStart().startsWith(`[${h}]`));
  const found = paragraphs.filter(marked);
  if (found.length === 0) return { rationale, reason: '' };
  const last = found[found.length - 1] ?? '';
  const body = last.split('\n').slice(1).join('\n');
  const label = reasonLabels.find((l) => body.startsWith(`${l}:`));
  return { rationale: paragraphs.filter((p) => !marked(p)).join('\n\n').trim(), reason: (label ? body.slice(label.length + 1) : body).trim() };
}
