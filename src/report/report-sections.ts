// Why: the chapters around the topics: the project's goal, who sat at the table, the values,
// the action points, the preconditions scan, the photos and the provenance appendix. Each says
// plainly when it is empty, because an empty chapter is a finding too.
import type { ContentPack } from '../content/pack-types';
import { hasDoneRecord } from '../domain/action-rules';
import type { DoneRecord } from '../domain/action-point';
import { hasGoal } from '../domain/goal';
import { missingKeyRoles } from '../domain/roles';
import type { ValueId } from '../domain/ids';
import type { WorkshopGraph } from '../domain/workshop-graph';
import type { ReportOptions } from './build-report';
import { section, type DraftSection } from './draft';
import type { Block, Field, TableRow } from './report-model';
import { needsAttention, scanExplanation, scanLines, scanState } from './report-scan';
import type { Words } from './report-words';

export function goalSection(graph: WorkshopGraph, say: Words): DraftSection {
  const { t } = say;
  const g = graph.workshop.goal;
  const filled = (s: string) => s.trim() || t('goal.empty');
  const blocks: Block[] = [];
  if (!hasGoal(g) && !g.deliverables.trim() && !g.nonDeliverables.trim() && !g.dataSets.trim()) {
    blocks.push({ kind: 'paragraph', style: 'subtle', text: t('summary.noGoal') });
  }
  blocks.push({
    kind: 'fields',
    fields: [
      { label: t('goal.statement'), value: filled(g.statement) },
      { label: t('goal.deliverables'), value: filled(g.deliverables) },
      { label: t('goal.nonDeliverables'), value: filled(g.nonDeliverables) },
      { label: t('goal.outcomeRole'), value: t(`outcomeRole.${g.outcomeRole}`) },
      { label: t('goal.dataSets'), value: filled(g.dataSets) },
      { label: t('goal.phase'), value: g.phase ? t(`phase.${g.phase}`) : t('goal.empty') },
    ],
  });
  return section('goal', t('sections.goal'), blocks, { startsPage: true });
}

export function participantsSection(graph: WorkshopGraph, say: Words): DraftSection {
  const { t } = say;
  const blocks: Block[] = [];
  const people = [...graph.participants].sort((a, b) => a.order - b.order);
  if (people.length === 0) blocks.push({ kind: 'paragraph', style: 'subtle', text: t('participants.none') });
  else
    blocks.push({
      kind: 'table',
      columns: [
        { label: t('participants.name'), width: 32 },
        { label: t('participants.roles'), width: 34 },
        { label: t('participants.note'), width: 34 },
      ],
      rows: people.map((p) => ({ cells: [p.name.trim() || t('participants.unnamed'), say.roles(p.roles), p.roleNote.trim()], emphasis: 'none' })),
    });
  const missing = missingKeyRoles(graph.participants);
  blocks.push(
    missing.length > 0
      ? { kind: 'notice', tone: 'warning', title: t('participants.missing'), text: t('summary.missingRoles', { roles: say.list(missing.map(say.role)) }) }
      : { kind: 'notice', tone: 'positive', title: t('participants.allPresent'), text: t('summary.allRoles') },
  );
  const absent = graph.workshop.absent.filter((a) => a.party.trim());
  if (absent.length > 0) {
    blocks.push({ kind: 'heading', text: t('participants.absentTitle') });
    blocks.push({
      kind: 'table',
      columns: [
        { label: t('participants.absentParty'), width: 34 },
        { label: t('participants.absentReason'), width: 66 },
      ],
      rows: absent.map((a) => ({ cells: [a.party.trim(), a.reason.trim() || t('notRecorded')], emphasis: 'mark' })),
    });
  }
  return section('participants', t('sections.participants'), blocks);
}

export function valuesSection(graph: WorkshopGraph, say: Words): DraftSection {
  const { t } = say;
  const v = graph.workshop.values;
  const byId = new Map(v.entries.map((e) => [e.id, e]));
  const describe = (id: ValueId) => {
    const e = byId.get(id);
    if (!e) return '';
    const source = t(`values.source.${e.source}`);
    return e.description.trim() ? `${e.label} (${source}): ${e.description.trim()}` : `${e.label} (${source})`;
  };
  const blocks: Block[] = [];
  if (v.entries.length === 0) return section('values', t('sections.values'), [{ kind: 'paragraph', style: 'subtle', text: t('values.none') }]);
  const core = v.coreRanking.filter((id) => byId.has(id));
  blocks.push({ kind: 'heading', text: t('values.core') });
  blocks.push(core.length > 0 ? { kind: 'list', ordered: true, items: core.map(describe) } : { kind: 'paragraph', style: 'subtle', text: t('values.coreNone') });
  const rest = v.entries.filter((e) => !core.includes(e.id));
  if (rest.length > 0) {
    blocks.push({ kind: 'heading', text: t('values.other') });
    blocks.push({ kind: 'list', ordered: false, items: rest.map((e) => describe(e.id)) });
  }
  blocks.push({ kind: 'heading', text: t('values.conflicts') });
  const conflicts = v.conflicts.filter((c) => byId.has(c.a) && byId.has(c.b));
  blocks.push(
    conflicts.length > 0
      ? {
          kind: 'list',
          ordered: false,
          items: conflicts.map((c) => {
            const line = t('values.conflictLine', { a: byId.get(c.a)?.label ?? '', b: byId.get(c.b)?.label ?? '' });
            return c.description.trim() ? `${line}: ${c.description.trim()}` : line;
          }),
        }
      : { kind: 'paragraph', style: 'subtle', text: t('values.conflictsNone') },
  );
  return section('values', t('sections.values'), blocks);
}

export function actionsSection(graph: WorkshopGraph, say: Words): DraftSection {
  const { t } = say;
  const points = [...graph.actionPoints].sort((a, b) => a.order - b.order);
  if (points.length === 0) return section('actions', t('sections.actions'), [{ kind: 'paragraph', style: 'subtle', text: t('actions.none') }], { startsPage: true });
  const rows: TableRow[] = points.map((a) => {
    // A dropped point says why in its first cell, so the status column holds one word only.
    const dropped = a.status === 'dropped' && a.dropReason.trim() ? t('actions.dropped', { reason: a.dropReason.trim() }) : '';
    return {
      cells: [
        [a.title.trim(), a.description.trim(), dropped, a.status === 'done' ? doneLine(a.done, say) : ''].filter(Boolean).join('\n'),
        say.owner(a.owner),
        a.dueDate ? say.shortDate(a.dueDate) : t('actions.noDue'),
        t(`priority.${a.priority}`),
        t(`actionStatus.${a.status}`),
        a.isCondition ? t('actions.yes') : t('actions.no'),
      ],
      emphasis: a.status === 'dropped' ? 'muted' : a.isCondition ? 'mark' : 'none',
    };
  });
  return section(
    'actions',
    t('sections.actions'),
    [
      { kind: 'paragraph', style: 'subtle', text: t('actions.intro') },
      {
        kind: 'table',
        // The title column gives way; the short columns keep their cells on one line.
        columns: [
          { label: t('actions.action'), width: 30 },
          { label: t('actions.owner'), width: 20 },
          { label: t('actions.due'), width: 14, keep: true },
          { label: t('actions.priority'), width: 12, keep: true },
          { label: t('actions.status'), width: 12, keep: true },
          { label: t('actions.condition'), width: 12, keep: true },
        ],
        rows,
      },
    ],
    { startsPage: true },
  );
}

/**
 * What was done, by whom and when, as the person marking the point done told it. A condition
 * done without a word says so, because "done" alone is no proof the report can stand behind.
 */
function doneLine(done: DoneRecord, say: Words): string {
  const { t } = say;
  if (!hasDoneRecord(done)) return t('actions.doneUntold');
  const who = done.by ? t('actions.doneBy', { who: done.by }) : '';
  const when = done.on ? t('actions.doneOn', { date: say.shortDate(done.on) }) : '';
  return t('actions.done', { what: done.note || t('actions.doneNoNote'), details: [who, when].filter(Boolean).join(', ') }).trim();
}

export function preconditionsSection(graph: WorkshopGraph, say: Words): DraftSection {
  const { t } = say;
  const lines = scanLines(graph);
  const rows: TableRow[] = lines.map((l) => ({
    cells: [t(`preconditions.names.${l.precondition}`), scanState(l, say), scanExplanation(l, say)],
    emphasis: needsAttention(l) ? 'mark' : l.judgement.kind === 'not-judged' ? 'muted' : 'none',
  }));
  const blocks: Block[] = [{ kind: 'paragraph', style: 'subtle', text: t('preconditions.intro') }];
  if (lines.every((l) => l.judgement.kind === 'not-judged')) blocks.push({ kind: 'paragraph', style: 'subtle', text: t('summary.preconditionsUnscanned') });
  blocks.push({
    kind: 'table',
    columns: [
      { label: t('preconditions.name'), width: 34 },
      { label: t('preconditions.state'), width: 18, keep: true },
      { label: t('preconditions.explanation'), width: 48 },
    ],
    rows,
  });
  return section('preconditions', t('sections.preconditions'), blocks);
}

export function photosSection(graph: WorkshopGraph, pack: ContentPack, say: Words): DraftSection {
  const { t, lang } = say;
  const topics = new Map(pack.groups.flatMap((g) => g.topics.map((tp) => [tp.id, tp.title[lang]] as const)));
  const photos = [...graph.attachments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (photos.length === 0) return section('photos', t('sections.photos'), [{ kind: 'paragraph', style: 'subtle', text: t('photos.none') }]);
  const blocks: Block[] = photos.map((p, i): Block => {
    const target = p.target.kind === 'topic' ? t('photos.topic', { topic: topics.get(p.target.topicId) ?? p.target.topicId }) : t('photos.workshop');
    const caption = p.caption.trim();
    // Without a caption the figure still says what it is: a photo of the poster, and of which.
    const alt = caption ? `${t('photos.alt', { target })}: ${caption}` : t('photos.alt', { target });
    return {
      kind: 'photo',
      attachmentId: p.id,
      label: `${t('photos.figure', { number: i + 1 })} · ${target}`,
      caption,
      alt,
      width: p.width,
      height: p.height,
      unavailable: t('photos.missing'),
    };
  });
  return section('photos', t('sections.photos'), blocks, { startsPage: true });
}

export function appendixSection(graph: WorkshopGraph, pack: ContentPack, say: Words, options: ReportOptions): DraftSection {
  const { t, lang } = say;
  const w = graph.workshop;
  const fields: Field[] = [
    { label: t('appendix.pack'), value: pack.title[lang] },
    { label: t('appendix.packId'), value: pack.id },
    { label: t('appendix.packVersion'), value: pack.version },
    { label: t('appendix.licence'), value: pack.licence ?? t('appendix.noLicence') },
    { label: t('appendix.attribution'), value: pack.attribution[lang] },
    ...(w.pack.hash ? [{ label: t('appendix.packHash'), value: w.pack.hash }] : []),
    { label: t('appendix.language'), value: t('appendix.languageName') },
    { label: t('appendix.exportedAt'), value: say.moment(options.exportedAt.toISOString()) },
    { label: t('appendix.appVersion'), value: options.appVersion },
    { label: t('appendix.workshopId'), value: w.id },
  ];
  const blocks: Block[] = [{ kind: 'paragraph', style: 'subtle', text: t('appendix.intro') }, { kind: 'fields', fields }];
  blocks.push({ kind: 'heading', text: t('appendix.bundle') });
  if (options.bundle)
    blocks.push({
      kind: 'fields',
      fields: [
        { label: t('appendix.signer'), value: options.bundle.signerFingerprint },
        { label: t('appendix.sha256'), value: options.bundle.sha256 },
      ],
    });
  else blocks.push({ kind: 'paragraph', style: 'subtle', text: t('appendix.bundleNone') });
  blocks.push({ kind: 'paragraph', style: 'subtle', text: t('appendix.archive') });
  return section('appendix', t('sections.appendix'), blocks);
}
