// Why: an evaluation session's report must show what changed since the first session, as the
// evaluation's overview does: the goal, the carried-over action points, the decision, each
// precondition then and now (compared only where the group judged it in both sessions, never
// against a proposal nobody confirmed), and per topic what was discussed and how many concerns.
// Without the first session on the device the report says so instead of leaving it out silently.
import type { ContentPack } from '../content/pack-types';
import { compareSessions, type EarlierSession, type SessionSide } from '../domain/evaluation';
import type { QuestionId, TopicId } from '../domain/ids';
import type { PreconditionState } from '../domain/preconditions';
import type { WorkshopGraph } from '../domain/workshop-graph';
import { section, type DraftSection } from './draft';
import type { Block, TableRow } from './report-model';
import type { Words } from './report-words';

/** What the report knows of the first session: the session itself, or that it is not on this device. */
export type ReportEarlier = EarlierSession | 'gone';

export function comparisonSection(graph: WorkshopGraph, pack: ContentPack, say: Words, earlier: ReportEarlier): DraftSection {
  const { t, lang } = say;
  const title = t('sections.comparison');
  if (earlier === 'gone') return section('comparison', title, [{ kind: 'notice', tone: 'attention', title: t('comparison.goneTitle'), text: t('comparison.gone') }]);

  const now: SessionSide = {
    workshop: graph.workshop,
    states: graph.questionStates,
    notes: graph.notes,
    actionPoints: graph.actionPoints,
  };
  const topics = pack.groups.flatMap((g) => g.topics);
  const shapes = topics.map((tp) => ({ id: tp.id as TopicId, questionIds: tp.questions.map((q) => q.id as QuestionId) }));
  const c = compareSessions(shapes, earlier.before, now);
  const outcome = (o: string | null) => (o ? t(`outcome.${o as 'go'}`) : t('comparison.noDecision'));
  const change = (before: number, after: number | string) => t('comparison.figure', { before, after });
  const judged = (s: PreconditionState | null) => (s === null ? t('comparison.notJudged') : t(`preconditions.states.${s}`));

  const blocks: Block[] = [
    { kind: 'paragraph', style: 'lead', text: earlier.date ? t('comparison.intro', { title: earlier.title, date: say.date(earlier.date) }) : t('comparison.introNoDate', { title: earlier.title }) },
    {
      kind: 'list',
      ordered: false,
      items: [
        c.goalChanged ? t('comparison.goalChanged') : t('comparison.goalSame'),
        c.carriedOver.carried === 0
          ? t('comparison.carriedNone')
          : t('comparison.carried', { count: c.carriedOver.carried, done: c.carriedOver.done, dropped: c.carriedOver.dropped, open: c.carriedOver.stillOpen }),
        t('comparison.decision', { before: outcome(c.decision.before), after: outcome(c.decision.after) }),
      ],
    },
    { kind: 'heading', text: t('comparison.preconditionsTitle') },
    {
      kind: 'table',
      columns: [
        { label: t('preconditions.name'), width: 40 },
        { label: t('comparison.then'), width: 20 },
        { label: t('comparison.now'), width: 20 },
        { label: t('comparison.change'), width: 20 },
      ],
      rows: c.preconditions.map(
        (p): TableRow => ({
          cells: [t(`preconditions.names.${p.precondition}`), judged(p.before), judged(p.after), t(`comparison.directions.${p.direction}`)],
          emphasis: p.direction === 'worse' ? 'mark' : p.direction === 'not-judged' ? 'muted' : 'none',
        }),
      ),
    },
    { kind: 'paragraph', style: 'subtle', text: t('comparison.preconditionsHint') },
    { kind: 'heading', text: t('comparison.topicsTitle') },
    { kind: 'paragraph', style: 'subtle', text: t('comparison.topicsHint') },
    {
      kind: 'table',
      columns: [
        { label: t('comparison.topic'), width: 40 },
        { label: t('comparison.discussed'), width: 20 },
        { label: t('comparison.concerns'), width: 20 },
        { label: t('comparison.notes'), width: 20 },
      ],
      rows: c.topics.map((row, i): TableRow => {
        const name = topics[i]?.title[lang] ?? row.topicId;
        // Not yet discussed in this evaluation: what the first session found, and a dash for now.
        const now = (n: number) => (row.notYet ? '–' : n);
        return {
          cells: [name, change(row.before.discussed, now(row.after.discussed)), change(row.before.concerns, now(row.after.concerns)), change(row.before.notes, now(row.after.notes))],
          emphasis: row.notYet ? 'muted' : row.after.concerns > row.before.concerns ? 'mark' : 'none',
        };
      }),
    },
  ];
  return section('comparison', title, blocks);
}
