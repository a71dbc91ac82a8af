// Why: turns a whole workshop into the report's layout model: a cover, a one-page summary a
// privacy officer can read without having been there, and then the record section by section.
// Pure: the same graph, pack and options always give the same model, so tests can pin it down.
import { withEveryLang } from '../content/pack-langs';
import type { ContentPack } from '../content/pack-types';
import type { Outcome } from '../domain/decision';
import { conditionsMet } from '../domain/decision-rules';
import { hasGoal } from '../domain/goal';
import type { QuestionId, TopicId } from '../domain/ids';
import { parkingLot } from '../domain/parking-lot';
import { missingKeyRoles } from '../domain/roles';
import { fixedStepStatus } from '../domain/step-status';
import { CLOSING_STEPS, OPENING_STEPS, type FixedStep } from '../domain/steps';
import { todayIso } from '../domain/time';
import type { WorkshopGraph } from '../domain/workshop-graph';
import { section, type DraftSection } from './draft';
import type { Block, ReportCover, ReportModel, ReportSection, Tone } from './report-model';
import { screeningSection } from './report-screening';
import { appendixSection, photosSection } from './report-sections';
import { STEP_CHAPTERS } from './report-steps';
import { otherNotesSection, packTopics, topicSections, topicsIntroSection } from './report-topics';
import { comparisonSection, type ReportEarlier } from './report-comparison';
import { scanLines, scanState, type ScanLine } from './report-scan';
import { languageTag, safeFileName, words, type ReportT, type Words } from './report-words';

export interface BundleRef {
  /** The fingerprint of the key that signed the bundle exported with this report. */
  readonly signerFingerprint: string;
  /** Lowercase hex SHA-256 of the bundle's canonical payload (what its signature covers, what `npm run verify` prints). */
  readonly sha256: string;
}

export interface ReportOptions {
  /** Texts of the `report` namespace (`doc` prefix) in the workshop's language. */
  readonly t: ReportT;
  readonly exportedAt: Date;
  readonly appVersion: string;
  readonly bundle?: BundleRef | null;
  /** For an evaluation session: the first session to compare with, or 'gone' when it is not on this device. */
  readonly earlier?: ReportEarlier | null;
}

const OUTCOME_TONE: Record<Outcome, Tone> = {
  go: 'positive',
  'go-with-conditions': 'attention',
  pause: 'attention',
  stop: 'warning',
  deadlock: 'attention',
};

export function buildReport(graph: WorkshopGraph, stored: ContentPack, options: ReportOptions): ReportModel {
  // A pack in fewer languages than the workshop's reads in another of its languages.
  const pack = withEveryLang(stored);
  const w = graph.workshop;
  const say = words(options.t, w.lang, graph.participants);
  const { t } = say;
  const drafts: DraftSection[] = [
    summarySection(graph, pack, say),
    ...OPENING_STEPS.flatMap((step) => STEP_CHAPTERS[step](graph, say)),
    topicsIntroSection(say),
    ...topicSections(graph, pack, say),
    ...otherNotesSection(graph, pack, say),
    ...CLOSING_STEPS.flatMap((step) => STEP_CHAPTERS[step](graph, say)),
    ...(w.kind === 'evaluation' && options.earlier ? [comparisonSection(graph, pack, say, options.earlier)] : []),
    screeningSection(graph, say),
    photosSection(graph, pack, say),
    appendixSection(graph, pack, say, options),
  ];
  const outcome = w.decision ? w.decision.outcome : null;
  const cover: ReportCover = {
    kicker: w.kind === 'evaluation' ? t('kickerEvaluation') : t('kicker'),
    title: w.title,
    fields: [
      { label: t('cover.organisation'), value: w.organisation || t('notRecorded') },
      { label: t('cover.dataProject'), value: w.dataProject || t('notRecorded') },
      { label: t('cover.date'), value: say.date(w.date) || t('notRecorded') },
      { label: t('cover.place'), value: w.place || t('notRecorded') },
      { label: t('cover.facilitator'), value: w.facilitator || t('notRecorded') },
    ],
    outcome: { label: t('cover.outcome'), value: outcome ? t(`outcome.${outcome}`) : t('outcome.none'), tone: outcome ? OUTCOME_TONE[outcome] : 'neutral' },
    footnote: t('cover.exported', { date: say.date(todayIso(options.exportedAt)), version: options.appVersion }),
  };
  const keywords = [...t('meta.keywords').split(',').map((k) => k.trim()), w.organisation, w.dataProject].filter(Boolean);
  return {
    meta: {
      title: w.title,
      author: w.facilitator || w.organisation || 'DEDA Tafel',
      subject: w.dataProject ? t('meta.subjectProject', { project: w.dataProject }) : t('meta.subject'),
      keywords,
      language: languageTag(w.lang),
      creator: `DEDA Tafel ${options.appVersion}`,
      createdAt: options.exportedAt,
    },
    header: w.title,
    pageOf: t('pageOf', { page: '{page}', pages: '{pages}' }),
    standIns: { title: t('standInsTitle'), text: t('standIns') },
    contents: t('contents'),
    cover,
    sections: numberSections(drafts),
    // Date and title first, as the bundle's name, so a report and its bundle sort side by side.
    fileName: safeFileName([w.date ?? todayIso(options.exportedAt), w.title, t('fileName')]),
  };
}

/** Chapters get 1, 2, 3…; a topic gets its chapter's number and its own (5.1, 5.2…). */
function numberSections(drafts: readonly DraftSection[]): ReportSection[] {
  let chapter = 0;
  let sub = 0;
  return drafts.map((d) => {
    if (d.level === 1) {
      chapter += 1;
      sub = 0;
      return { ...d, number: String(chapter) };
    }
    sub += 1;
    return { ...d, number: `${chapter}.${sub}` };
  });
}

function summarySection(graph: WorkshopGraph, pack: ContentPack, say: Words): DraftSection {
  const { t } = say;
  const w = graph.workshop;
  const blocks: Block[] = [];

  blocks.push({ kind: 'heading', text: t('summary.goal') });
  blocks.push(hasGoal(w.goal) ? { kind: 'paragraph', style: 'lead', text: w.goal.statement.trim() } : { kind: 'paragraph', style: 'subtle', text: t('summary.noGoal') });

  blocks.push({ kind: 'heading', text: t('summary.decision') });
  const d = w.decision;
  if (d) {
    blocks.push({
      kind: 'fields',
      fields: [
        { label: t('cover.outcome'), value: t(`outcome.${d.outcome}`) },
        { label: t('summary.decidedBy'), value: d.decidedBy.trim() || t('notRecorded') },
        { label: t('summary.decisionDate'), value: say.date(d.date) || t('notRecorded') },
      ],
    });
    blocks.push({ kind: 'paragraph', style: d.rationale.trim() ? 'body' : 'subtle', text: d.rationale.trim() || t('summary.noRationale') });
    if (d.dissent.length > 0) {
      blocks.push({ kind: 'paragraph', style: 'subtle', text: t('summary.dissent') });
      blocks.push({ kind: 'list', ordered: false, items: d.dissent.map((x) => t('summary.dissentLine', { who: x.who.trim() || t('notRecorded'), reason: x.reason.trim() })) });
    }
  } else {
    blocks.push({ kind: 'notice', tone: 'attention', title: t('outcome.none'), text: t('summary.noDecision') });
  }

  blocks.push({ kind: 'heading', text: t('summary.conditions') });
  const conditions = graph.actionPoints.filter((a) => a.isCondition);
  if (conditions.length > 0) {
    blocks.push({ kind: 'paragraph', style: 'subtle', text: t('summary.conditionsIntro') });
    blocks.push({ kind: 'list', ordered: false, items: conditions.map((a) => t('summary.conditionLine', { title: a.title.trim(), status: t(`actionStatus.${a.status}`) })) });
    const met = conditionsMet(conditions);
    if (met.total > 0) blocks.push({ kind: 'paragraph', style: 'body', text: t('summary.conditionsMet', { met: met.met, count: met.total }) });
  } else {
    blocks.push({ kind: 'paragraph', style: 'subtle', text: t('summary.noConditions') });
  }

  blocks.push({ kind: 'heading', text: t('summary.roles') });
  const missing = missingKeyRoles(graph.participants);
  blocks.push(
    missing.length > 0
      ? { kind: 'notice', tone: 'warning', title: t('participants.missing'), text: t('summary.missingRoles', { roles: say.list(missing.map(say.role)) }) }
      : { kind: 'paragraph', style: 'body', text: t('summary.allRoles') },
  );
  const absent = w.absent.filter((a) => a.party.trim());
  if (absent.length > 0) blocks.push({ kind: 'paragraph', style: 'body', text: t('summary.absent', { list: say.list(absent.map((a) => a.party.trim())) }) });

  blocks.push({ kind: 'heading', text: t('summary.parkingTitle') });
  blocks.push(...parkingLotSummary(graph, pack, say));

  blocks.push({ kind: 'heading', text: t('summary.preconditions') });
  blocks.push(...preconditionSummary(graph, say));

  const questions = pack.groups.flatMap((g) => g.topics.flatMap((tp) => tp.questions.map((q) => q.id)));
  const inPack = new Set(questions);
  const discussed = graph.questionStates.filter((s) => s.status === 'discussed' && inPack.has(s.questionId)).length;
  blocks.push({ kind: 'heading', text: t('summary.figures') });
  blocks.push({
    kind: 'paragraph',
    style: 'body',
    // Each figure in the singular or plural as its count asks ("1 notitie, waarvan 0 zorgen").
    text: t('summary.figuresLine', {
      participants: t('summary.count.participants', { count: graph.participants.length }),
      questions: t('summary.count.questions', { count: questions.length, discussed }),
      notes: t('summary.count.notes', { count: graph.notes.length }),
      concerns: t('summary.count.concerns', { count: graph.notes.filter((n) => n.kind === 'concern').length }),
      actions: t('summary.count.actions', { count: graph.actionPoints.length }),
    }),
  });

  const gaps = missingParts(graph, pack).map((k) => t(`summary.missing.${k}`));
  if (gaps.length > 0) blocks.push({ kind: 'notice', tone: 'attention', title: t('summary.missingTitle'), text: t('summary.missingLine', { list: say.list(gaps) }) });

  return section('summary', t('sections.summary'), blocks, { startsPage: true });
}

/** The parking lot: parked questions with their reason, then what was written as an open question. */
function parkingLotSummary(graph: WorkshopGraph, pack: ContentPack, say: Words): Block[] {
  const { t, lang } = say;
  const topics = packTopics(pack);
  const shapes = topics.map((tp) => ({ id: tp.id as TopicId, questionIds: tp.questions.map((q) => q.id as QuestionId) }));
  const states = new Map(graph.questionStates.map((s) => [s.questionId, s]));
  const items = parkingLot(shapes, states, graph.notes);
  if (items.length === 0) return [{ kind: 'paragraph', style: 'subtle', text: t('summary.parkingNone') }];
  const topicTitle = (id: TopicId | null) => (id ? (topics.find((tp) => tp.id === id)?.title[lang] ?? id) : t('summary.elsewhere'));
  const questionText = (id: QuestionId) => topics.flatMap((tp) => tp.questions).find((q) => q.id === id)?.text[lang] ?? id;
  const lines = items.map((i) =>
    i.kind === 'parked'
      ? t('summary.parkedLine', { question: questionText(i.questionId), topic: topicTitle(i.topicId), reason: i.reason || t('summary.noReason') }).trim()
      : t('summary.openQuestionLine', { text: i.text, where: topicTitle(i.topicId) }),
  );
  return [
    { kind: 'paragraph', style: 'subtle', text: t('summary.parkingIntro') },
    { kind: 'list', ordered: false, items: lines },
  ];
}

function preconditionSummary(graph: WorkshopGraph, say: Words): Block[] {
  const { t } = say;
  const lines = scanLines(graph);
  const name = (l: ScanLine) => t(`preconditions.names.${l.precondition}`);
  const open = lines.filter((l) => l.judgement.kind === 'not-judged');
  if (open.length === lines.length) return [{ kind: 'paragraph', style: 'subtle', text: t('summary.preconditionsUnscanned') }];
  const blocks: Block[] = [];
  // A judged 'unknown' (an earlier version allowed it) needs attention as much as a missing one.
  const attention = lines.filter((l) => l.judgement.kind === 'judged' && l.judgement.state !== 'in-place');
  if (attention.length > 0)
    // The heading above already says "Preconditions"; the notice says what needs doing.
    blocks.push({ kind: 'notice', tone: 'warning', title: t('summary.preconditionsAttentionTitle'), text: t('summary.preconditionsAttention', { list: say.list(attention.map((l) => `${name(l)} (${scanState(l, say)})`)) }) });
  else if (open.length === 0 && lines.every((l) => l.judgement.kind === 'judged' && l.judgement.state === 'in-place'))
    blocks.push({ kind: 'paragraph', style: 'body', text: t('summary.preconditionsFine') });
  else if (lines.every((l) => l.judgement.kind === 'not-judged' || l.judgement.state === 'in-place'))
    blocks.push({ kind: 'paragraph', style: 'body', text: t('summary.preconditionsFinePartial', { count: open.length }) });
  // Never a state for what the group did not judge: it is named as not judged.
  if (open.length > 0) blocks.push({ kind: 'paragraph', style: 'subtle', text: t('summary.preconditionsNotJudged', { count: open.length, list: say.list(open.map(name)) }) });
  return blocks;
}

/** A fixed step with nothing recorded, or no notes on any topic. */
type MissingPart = FixedStep | 'notes';

/** What a fresh or unfinished workshop has not recorded yet, in the order of the method: the
 * fixed steps whose state is still empty (domain/step-status), the notes in the topics' place. */
export function missingParts(graph: WorkshopGraph, pack: ContentPack): MissingPart[] {
  const facts = { workshop: graph.workshop, participants: graph.participants, actionPoints: graph.actionPoints };
  const empty = (steps: readonly FixedStep[]) => steps.filter((step) => fixedStepStatus(step, facts) === 'empty');
  const inPack = new Set(packTopics(pack).flatMap((tp) => tp.questions.map((q) => q.id)));
  const noNotes = !graph.notes.some((n) => inPack.has(n.questionId));
  return [...empty(OPENING_STEPS), ...(noNotes ? (['notes'] as const) : []), ...empty(CLOSING_STEPS)];
}
