// Why: after a DEDA workshop the organisation still has to write its Algoritmeregister entry,
// and most of what that entry asks (goal and impact, the weighing of values, human oversight,
// risks, data, impact assessments) was said at the table. This fills the entry from the
// workshop, takes what the workshop cannot know from the group's short form, and checks every
// field against the standard (standard.ts) so that a problem is named per field, never cut off
// silently. Pure: the screen shows the result, the export writes it.
import { isOpen, type ActionPoint } from '../action-point';
import type { Note } from '../note';
import { PRECONDITIONS } from '../preconditions';
import { dpiaCallsForAction, dpiaOutcome, iamaCallsForAction, iamaOutcome } from '../screening';
import { plainText } from '../plain-text';
import type { ActionPointId } from '../ids';
import type { WorkshopGraph } from '../workshop-graph';
import { dpiaWords, dutchDate, iamaWords, OUTCOME_WORDS, PRECONDITION_WORDS, W } from './register-words';
import {
  DEDA_ASSESSMENT_TITLE,
  PREFILLED_TEXT_FIELDS,
  REGISTER_FIELDS,
  registerLength,
  type PrefilledTextField,
  type PublicationCategory,
  type RegisterField,
  type RegisterRecord,
  type RegisterStatus,
} from './standard';

/** What the group fills in the short form, and its edits of the prefilled texts. */
export interface RegisterAnswers {
  readonly status: RegisterStatus | null;
  readonly publication_category: PublicationCategory | null;
  readonly contact_email: string;
  readonly website: string;
  /** Month the algorithm came into use, `YYYY-MM`. */
  readonly begin_date: string;
  /** Edited texts; a field not here keeps what the workshop gives it. */
  readonly texts: Readonly<Partial<Record<PrefilledTextField, string>>>;
}

export const EMPTY_ANSWERS: RegisterAnswers = { status: null, publication_category: null, contact_email: '', website: '', begin_date: '', texts: {} };

export type RegisterProblem =
  | { readonly field: RegisterField; readonly problem: 'required' }
  | { readonly field: RegisterField; readonly problem: 'too-long'; readonly max: number }
  | { readonly field: RegisterField; readonly problem: 'not-allowed' };

const clean = (s: string) => plainText(s).trim();
const bullets = (items: readonly string[]) => items.map((s) => `- ${s.replace(/\s*\n\s*/g, ' ')}`).join('\n');
const paragraphs = (parts: readonly string[]) => parts.filter((p) => p !== '').join('\n\n');

function notesOn(graph: WorkshopGraph, match: (questionId: string) => boolean): string[] {
  return [...graph.notes]
    .filter((n: Note) => match(n.questionId))
    .sort((a, b) => a.questionId.localeCompare(b.questionId) || a.order - b.order)
    .map((n) => clean(n.text))
    .filter(Boolean);
}

function pointLine(p: ActionPoint): string {
  return p.dueDate ? `${clean(p.title)} (${W.due} ${dutchDate(p.dueDate)})` : clean(p.title);
}

function assessmentLines(graph: WorkshopGraph, outcome: string, calls: boolean, pointId: ActionPointId | null): string {
  const point = pointId === null ? undefined : graph.actionPoints.find((a) => a.id === pointId);
  if (point) return `${outcome} ${W.pointMade(clean(point.title))}`;
  return calls ? `${outcome} ${W.noPoint}` : outcome;
}

/** What the workshop itself says for each prefilled field, before the group edits it. */
export function prefill(graph: WorkshopGraph): Readonly<Record<PrefilledTextField, string>> {
  const w = graph.workshop;
  const role = w.goal.outcomeRole === 'leading' ? W.leading : w.goal.outcomeRole === 'advisory' ? W.advisory : '';

  const byId = new Map(w.values.entries.map((v) => [v.id, v]));
  const core = w.values.coreRanking.map((id) => byId.get(id)?.label).filter((l): l is string => !!l).map(clean);
  const others = w.values.entries.filter((v) => !w.values.coreRanking.includes(v.id)).map((v) => clean(v.label));
  const tensions = w.values.conflicts.map((c) => {
    const d = clean(c.description);
    const pair = `${clean(byId.get(c.a)?.label ?? '')} ${W.versus} ${clean(byId.get(c.b)?.label ?? '')}`;
    return d ? `${pair}: ${d}` : pair;
  });
  const decision = w.decision ? paragraphs([`${W.decision} ${OUTCOME_WORDS[w.decision.outcome]}.`, clean(w.decision.rationale)]) : '';

  const concerns = graph.notes.filter((n) => n.kind === 'concern').sort((a, b) => a.questionId.localeCompare(b.questionId) || a.order - b.order).map((n) => clean(n.text)).filter(Boolean);
  const weak = PRECONDITIONS.filter((p) => {
    const a = w.preconditions[p];
    return a.confirmed && (a.state === 'missing' || a.state === 'partly');
  }).map((p) => {
    const a = w.preconditions[p];
    const why = clean(a.explanation);
    return `${PRECONDITION_WORDS[p]} (${a.state === 'missing' ? W.missing : W.partly})${why ? `: ${why}` : ''}`;
  });
  const conditions = [...graph.actionPoints].filter((a) => a.isCondition && isOpen(a)).sort((a, b) => a.order - b.order).map(pointLine);

  const dataSets = clean(w.goal.dataSets);
  const sourceNotes = notesOn(graph, (q) => q.startsWith('source.') && q !== 'source.original-purpose');

  const dpia = dpiaOutcome(w.screening);
  const iama = iamaOutcome(w.screening);
  const screeningNote = clean(w.screening.note);

  return {
    name: clean(w.dataProject) || clean(w.title),
    organization: clean(w.organisation),
    // What it delivers says what the algorithm does; without it, the goal is the best short account.
    description_short: paragraphs([clean(w.goal.deliverables) || clean(w.goal.statement), role]),
    goal: paragraphs([clean(w.goal.statement), clean(w.goal.nonDeliverables) ? `${W.notDelivered} ${clean(w.goal.nonDeliverables)}` : '']),
    proportionality: paragraphs([
      core.length > 0 ? `${W.coreValues} ${core.join(', ')}.` : '',
      others.length > 0 ? `${W.otherValues} ${others.join(', ')}.` : '',
      tensions.length > 0 ? `${W.tensions}\n${bullets(tensions)}` : '',
      decision,
    ]),
    human_intervention: paragraphs([role, bullets(notesOn(graph, (q) => q === 'algorithms.human-role'))]),
    risks: paragraphs([
      concerns.length > 0 ? `${W.concerns}\n${bullets(concerns)}` : '',
      weak.length > 0 ? `${W.preconditions}\n${bullets(weak)}` : '',
      conditions.length > 0 ? `${W.conditions}\n${bullets(conditions)}` : '',
    ]),
    source_data: paragraphs([dataSets ? `${W.dataSets} ${dataSets}` : '', bullets(sourceNotes)]),
    lawful_basis: bullets(notesOn(graph, (q) => q === 'source.original-purpose')),
    impacttoetsen: paragraphs([
      w.date ? W.dedaOn(dutchDate(w.date)) : W.deda,
      `DPIA: ${assessmentLines(graph, dpiaWords(dpia), dpiaCallsForAction(dpia), w.screening.points.dpia)}`,
      `IAMA: ${assessmentLines(graph, iamaWords(iama), iamaCallsForAction(iama), w.screening.points.iama)}`,
      screeningNote,
    ]),
  };
}

/** The texts as they will be exported: the group's edit where there is one, else the prefill. */
export function registerTexts(graph: WorkshopGraph, answers: RegisterAnswers): Readonly<Record<PrefilledTextField, string>> {
  const filled = prefill(graph);
  const out = { ...filled };
  for (const f of PREFILLED_TEXT_FIELDS) {
    const edited = answers.texts[f];
    if (edited !== undefined) out[f] = clean(edited);
  }
  return out;
}

/** The record for the register; check it with `checkRegister` before it leaves the device. */
export function toRegister(graph: WorkshopGraph, answers: RegisterAnswers): RegisterRecord {
  const t = registerTexts(graph, answers);
  const optional = <K extends string>(key: K, value: string): Partial<Record<K, string>> => (value === '' ? {} : ({ [key]: value } as Record<K, string>));
  return {
    name: t.name,
    description_short: t.description_short,
    organization: t.organization,
    status: answers.status ?? '',
    ...optional('begin_date', clean(answers.begin_date)),
    contact_email: clean(answers.contact_email),
    ...optional('website', clean(answers.website)),
    publication_category: answers.publication_category ?? '',
    ...optional('goal', t.goal),
    ...optional('proportionality', t.proportionality),
    ...optional('human_intervention', t.human_intervention),
    ...optional('risks', t.risks),
    ...optional('lawful_basis', t.lawful_basis),
    impacttoetsen_grouping: [{ title: DEDA_ASSESSMENT_TITLE }],
    ...optional('impacttoetsen', t.impacttoetsen),
    ...optional('source_data', t.source_data),
    lang: 'nld',
    standard_version: '1.0',
  };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const HTTPS = /^https:\/\/[^\s<>]+\.[^\s<>]+$/;

/** What a field's value must look like beyond its length, where the standard says so. */
const FORMATS: Partial<Record<RegisterField, (v: string) => boolean>> = {
  begin_date: (v) => MONTH.test(v),
  contact_email: (v) => EMAIL.test(v) || HTTPS.test(v),
  website: (v) => HTTPS.test(v),
};

/**
 * Every problem of the record, field by field in the standard's order; empty: it may be exported.
 * `findMarkup` is the app's plain-text rule (src/exchange/markup.ts, passed in because the domain
 * imports nothing): the register reads a few HTML tags in its long texts, and we send plain text,
 * so a text the rule finds markup in is not allowed.
 */
export function checkRegister(input: RegisterRecord | Readonly<Record<string, unknown>>, findMarkup: (text: string) => string | null = () => null): RegisterProblem[] {
  // Also a record from elsewhere (a file edited by hand): every value is looked at as unknown.
  const record = input as Readonly<Record<string, unknown>>;
  const problems: RegisterProblem[] = [];
  for (const [key, spec] of Object.entries(REGISTER_FIELDS) as [RegisterField, (typeof REGISTER_FIELDS)[RegisterField]][]) {
    const value = record[key];
    if (value === undefined || value === null || value === '') {
      if (spec.required) problems.push({ field: key, problem: 'required' });
      continue;
    }
    if (typeof value !== 'string') {
      // Only the list of impact assessments is not text; its titles must be text too.
      if (key === 'impacttoetsen_grouping' && Array.isArray(value) && value.every((v: unknown) => typeof v === 'object' && v !== null && typeof (v as { title?: unknown }).title === 'string')) continue;
      problems.push({ field: key, problem: 'not-allowed' });
      continue;
    }
    if ('values' in spec && !(spec.values as readonly string[]).includes(value)) {
      problems.push({ field: key, problem: 'not-allowed' });
      continue;
    }
    if (spec.maxLength !== null && registerLength(value) > spec.maxLength) {
      problems.push({ field: key, problem: 'too-long', max: spec.maxLength });
      continue;
    }
    const format = FORMATS[key];
    if ((format && !format(value)) || findMarkup(value) !== null) problems.push({ field: key, problem: 'not-allowed' });
  }
  return problems;
}

/** `<date> <title> algoritmeregister.json`, without characters file systems refuse. */
export function registerFileName(title: string, date: string | null, today: string): string {
  const safe = title
    .normalize('NFC')
    // oxlint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/^[.\s-]+|[.\s-]+$/g, '');
  return `${date ?? today} ${safe || 'workshop'} algoritmeregister.json`;
}

/** The file's text: pretty-printed JSON with a final newline (UTF-8 when written as a Blob). */
export function registerJson(record: RegisterRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
