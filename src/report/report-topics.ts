// Why: the heart of the record: per topic, in the pack's order, every question with what was
// said about it. Concerns come first so a reader sees the risks before the answers; parked and
// not-applicable questions carry their reason; notes on questions the pack no longer has are
// kept in a section of their own rather than silently dropped.
import type { ContentPack, PackTopic } from '../content/pack-types';
import type { Note, NoteKind } from '../domain/note';
import type { QuestionStatus } from '../domain/question-state';
import type { WorkshopGraph } from '../domain/workshop-graph';
import { section, type DraftSection } from './draft';
import type { Block, NoteGroup } from './report-model';
import type { Words } from './report-words';

/** The order in which note kinds appear under a question: concerns stand first. */
export const KIND_ORDER: readonly NoteKind[] = ['concern', 'answer', 'question', 'idea'];

export function packTopics(pack: ContentPack): PackTopic[] {
  return pack.groups.flatMap((g) => g.topics);
}

function notesByQuestion(notes: readonly Note[]): Map<string, Note[]> {
  const by = new Map<string, Note[]>();
  for (const n of notes) {
    const list = by.get(n.questionId);
    if (list) list.push(n);
    else by.set(n.questionId, [n]);
  }
  for (const list of by.values()) list.sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
  return by;
}

export function groupNotes(notes: readonly Note[], say: Words): NoteGroup[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    label: say.t(`kinds.${kind}`),
    notes: notes.filter((n) => n.kind === kind).map((n) => ({ text: n.text.trim(), by: say.speakerAtStart(n.speaker) })),
  })).filter((g) => g.notes.length > 0);
}

export function topicsIntroSection(say: Words): DraftSection {
  return section('topics', say.t('sections.topics'), [{ kind: 'paragraph', style: 'subtle', text: say.t('topics.intro') }], { startsPage: true });
}

export function topicSections(graph: WorkshopGraph, pack: ContentPack, say: Words): DraftSection[] {
  const { t, lang } = say;
  const notes = notesByQuestion(graph.notes);
  const states = new Map(graph.questionStates.map((s) => [s.questionId as string, s]));
  return pack.groups.flatMap((group) =>
    group.topics.map((topic) => {
      const blocks: Block[] = [{ kind: 'paragraph', style: 'subtle', text: topic.intro[lang] }];
      topic.questions.forEach((q, qi) => {
        const own = notes.get(q.id) ?? [];
        const state = states.get(q.id);
        const status: QuestionStatus = state?.status ?? 'open';
        const needsReason = status === 'parked' || status === 'not-applicable';
        blocks.push({
          kind: 'question',
          number: t('topics.question', { number: qi + 1 }),
          text: q.text[lang],
          status,
          // An open question that has notes was talked about but not ticked off: say nothing
          // rather than "not discussed".
          statusLabel: status === 'open' && own.length > 0 ? '' : t(`topics.status.${status}`),
          reason: needsReason ? (state?.reason.trim() ? t('topics.reason', { reason: state.reason.trim() }) : t('topics.noReason')) : null,
          groups: groupNotes(own, say),
          empty: own.length === 0 ? t('topics.noNotes') : null,
        });
      });
      return section(`topic:${topic.id}`, topic.title[lang], blocks, { level: 2, kicker: group.title[lang] });
    }),
  );
}

/** Notes whose question is not in the pack (an older pack, an imported workshop): kept, not lost. */
export function otherNotesSection(graph: WorkshopGraph, pack: ContentPack, say: Words): DraftSection[] {
  const known = new Set(packTopics(pack).flatMap((tp) => tp.questions.map((q) => q.id)));
  const stray = graph.notes.filter((n) => !known.has(n.questionId));
  if (stray.length === 0) return [];
  const blocks: Block[] = [{ kind: 'paragraph', style: 'subtle', text: say.t('otherNotes.intro') }];
  for (const [questionId, own] of notesByQuestion(stray)) {
    blocks.push({
      kind: 'question',
      number: '',
      text: say.t('otherNotes.question', { id: questionId }),
      status: 'open',
      statusLabel: '',
      reason: null,
      groups: groupNotes(own, say),
      empty: null,
    });
  }
  return [section('other-notes', say.t('sections.otherNotes'), blocks)];
}
