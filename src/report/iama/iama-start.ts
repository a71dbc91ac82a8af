// Why: when the screening says an IAMA is advised or required, the team starts it from a blank
// form while the workshop already answered much of its first part (why: the problem, the goal,
// the public values and those under pressure, the legal basis, who is involved and responsible).
// This fills that part from the workshop, in the workshop's language, as a document the team
// continues in. It quotes the group and marks every place it could not fill as still to do; it
// never writes an answer the group did not give.
import type { Note } from '../../domain/note';
import { dpiaOutcome } from '../../domain/screening';
import type { WorkshopGraph } from '../../domain/workshop-graph';
import { dpiaAdvice, screeningSay } from '../../i18n/screening-texts';
import type { DocBlock, DocxDocument } from '../docx/docx';
import type { Words } from '../report-words';
import { LANG_TAGS } from '../../domain/lang';

/** Questions whose notes the first part quotes (built-in pack; another pack simply has none). */
const LAWFUL = ['source.original-purpose', 'privacy.necessity'];
const OWNERS = ['responsibility.owner', 'responsibility.escalation'];
const CONCERN_TOPICS = ['algorithms.', 'bias.', 'transparency.', 'responsibility.'];
const MAX_CONCERNS = 20;

export function iamaStart(graph: WorkshopGraph, say: Words): DocxDocument {
  const { t } = say;
  const w = graph.workshop;
  const blocks: DocBlock[] = [];
  const todo = (): DocBlock => ({ kind: 'todo', text: t('iama.todo') });
  const para = (text: string): DocBlock => ({ kind: 'paragraph', text });
  const quoted = (notes: readonly Note[]) => notes.map((n) => t('iama.said', { who: say.speakerAtStart(n.speaker), text: n.text.trim() }));
  const notesOn = (questions: readonly string[]) => graph.notes.filter((n) => questions.includes(n.questionId) && n.text.trim() !== '').sort((a, b) => a.order - b.order);
  const goal = w.goal;

  blocks.push({ kind: 'title', text: t('iama.title', { title: w.title }) });
  blocks.push(para(t('iama.intro', { date: say.date(w.date) || t('notRecorded') })));

  blocks.push({ kind: 'heading', level: 1, text: t('iama.problem') });
  blocks.push(para(t('iama.problemAsk')));
  if (w.dataProject.trim()) blocks.push(para(t('iama.project', { text: w.dataProject.trim() })));
  blocks.push(todo());

  blocks.push({ kind: 'heading', level: 1, text: t('iama.goal') });
  if (goal.statement.trim()) blocks.push(para(t('iama.statement', { text: goal.statement.trim() })));
  if (goal.deliverables.trim()) blocks.push(para(t('iama.deliverables', { text: goal.deliverables.trim() })));
  if (goal.nonDeliverables.trim()) blocks.push(para(t('iama.nonDeliverables', { text: goal.nonDeliverables.trim() })));
  if (goal.outcomeRole !== 'undecided') blocks.push(para(t('iama.outcomeRole', { role: t(`outcomeRole.${goal.outcomeRole}`) })));
  if (!goal.statement.trim()) blocks.push(todo());

  blocks.push({ kind: 'heading', level: 1, text: t('iama.values') });
  const label = new Map(w.values.entries.map((v) => [v.id as string, v.label]));
  const core = w.values.coreRanking.map((id) => label.get(id)).filter((l): l is string => !!l);
  const other = w.values.entries.filter((v) => !w.values.coreRanking.includes(v.id)).map((v) => v.label);
  if (core.length > 0) blocks.push(para(t('iama.core')), { kind: 'bullets', items: core });
  if (other.length > 0) blocks.push(para(t('iama.other')), { kind: 'bullets', items: other });
  const tensions = w.values.conflicts.filter((c) => label.has(c.a) && label.has(c.b));
  if (tensions.length > 0) {
    blocks.push(para(t('iama.tensions')));
    blocks.push({ kind: 'bullets', items: tensions.map((c) => (c.description.trim() ? t('iama.tension', { a: label.get(c.a), b: label.get(c.b), text: c.description.trim() }) : t('iama.tensionBare', { a: label.get(c.a), b: label.get(c.b) }))) });
  }
  if (w.values.entries.length === 0) blocks.push(todo());

  blocks.push({ kind: 'heading', level: 1, text: t('iama.lawful') });
  blocks.push(para(t('iama.lawfulAsk')));
  const lawful = notesOn(LAWFUL);
  if (lawful.length > 0) blocks.push(para(t('iama.lawfulNotes')), { kind: 'bullets', items: quoted(lawful) });
  const dpia = dpiaOutcome(w.screening);
  if (dpia.kind !== 'not-screened') {
    const advice = dpiaAdvice(dpia, screeningSay(say.lang));
    blocks.push(para(t('iama.dpia', { advice: `${advice.title}. ${advice.reasons.join(' ')}` })));
  }
  blocks.push(todo());

  blocks.push({ kind: 'heading', level: 1, text: t('iama.people') });
  const people = [...graph.participants].sort((a, b) => a.order - b.order);
  if (people.length > 0) {
    blocks.push(para(t('iama.participants')));
    blocks.push({ kind: 'bullets', items: people.map((p) => [p.name.trim(), say.roles(p.roles)].filter(Boolean).join(', ')) });
  }
  if (w.absent.length > 0) blocks.push(para(t('iama.absent')), { kind: 'bullets', items: w.absent.map((a) => [a.party, a.reason].filter((x) => x.trim()).join(': ')) });
  const owners = notesOn(OWNERS);
  if (owners.length > 0) blocks.push(para(t('iama.ownerNotes')), { kind: 'bullets', items: quoted(owners) });
  if (w.decision) blocks.push(para(t('iama.decision', { outcome: t(`outcome.${w.decision.outcome}`) })));
  blocks.push(todo());

  const concerns = graph.notes.filter((n) => n.kind === 'concern' && n.text.trim() !== '' && CONCERN_TOPICS.some((p) => n.questionId.startsWith(p)));
  if (concerns.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: t('iama.concerns') });
    blocks.push(para(t('iama.concernsIntro')));
    blocks.push({ kind: 'bullets', items: quoted(concerns.slice(0, MAX_CONCERNS)) });
  }
  return { title: t('iama.title', { title: w.title }), lang: LANG_TAGS[say.lang], blocks };
}
