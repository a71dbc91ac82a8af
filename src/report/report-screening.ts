// Why: the report says what the group answered on whether a DPIA and an IAMA follow, and the
// advice that follows from it, in the same words as the preconditions step (i18n/screening-texts).
// Only what was answered is listed: a question the group skipped is not written as "no".
import { AP_LIST, DPIA_CRITERIA, HIGH_RISK_AREAS, IAMA_QUESTIONS, dpiaOutcome, iamaOutcome, type Answer } from '../domain/screening';
import type { WorkshopGraph } from '../domain/workshop-graph';
import { dpiaAdvice, iamaAdvice, screeningSay, type Advice } from '../i18n/screening-texts';
import { section, type DraftSection } from './draft';
import type { Block, TableRow, Tone } from './report-model';
import type { Words } from './report-words';

export function screeningSection(graph: WorkshopGraph, say: Words): DraftSection {
  const { t } = say;
  const s = graph.workshop.screening;
  const words = screeningSay(say.lang);
  const dpia = dpiaOutcome(s);
  const iama = iamaOutcome(s);
  const blocks: Block[] = [{ kind: 'paragraph', style: 'subtle', text: t('screening.intro') }];
  if (dpia.kind === 'not-screened' && iama.kind === 'not-screened' && s.note.trim() === '') {
    blocks.push({ kind: 'paragraph', style: 'subtle', text: t('screening.notAnswered') });
    return section('screening', t('sections.screening'), blocks);
  }
  const answer = (a: Answer) => words(`answer.${a}`);
  const row = (question: string, a: Answer): TableRow => ({ cells: [question, answer(a)], emphasis: a === 'yes' ? 'mark' : a === 'unknown' ? 'muted' : 'none' });
  const table = (rows: TableRow[]): Block => ({
    kind: 'table',
    columns: [
      { label: t('screening.question'), width: 72 },
      { label: t('screening.answer'), width: 28, keep: true },
    ],
    rows,
  });
  const advice = (a: Advice, tone: Tone, made: boolean): Block => ({
    kind: 'notice',
    tone,
    title: `${t('screening.advice')}: ${a.title}`,
    text: [...a.reasons, ...(made ? [t('screening.pointMade')] : [])].join(' '),
  });

  blocks.push({ kind: 'heading', text: t('screening.dpia') });
  const dpiaRows: TableRow[] = [
    ...(s.personalData ? [row(words('personalData.label'), s.personalData)] : []),
    ...DPIA_CRITERIA.flatMap((c) => {
      const a = s.dpia[c];
      return a ? [row(words(`criterion.${c}.label`), a)] : [];
    }),
  ];
  if (dpiaRows.length > 0) blocks.push(table(dpiaRows));
  const listed = AP_LIST.filter((k) => s.apList.includes(k)).map((k) => words(`ap.${k}`));
  blocks.push({ kind: 'fields', fields: [{ label: t('screening.listed'), value: listed.length > 0 ? say.list(listed) : t('screening.none') }] });
  blocks.push(advice(dpiaAdvice(dpia, words), dpia.kind === 'required' ? 'warning' : dpia.kind === 'not-indicated' ? 'positive' : 'attention', s.points.dpia !== null));

  blocks.push({ kind: 'heading', text: t('screening.iama') });
  const iamaRows = IAMA_QUESTIONS.flatMap((q) => {
    const a = s.iama[q];
    return a ? [row(words(`iama.${q}.label`), a)] : [];
  });
  if (iamaRows.length > 0) blocks.push(table(iamaRows));
  const areas = HIGH_RISK_AREAS.filter((a) => s.highRiskAreas.includes(a)).map((a) => words(`area.${a}`));
  blocks.push({ kind: 'fields', fields: [{ label: t('screening.areas'), value: areas.length > 0 ? say.list(areas) : t('screening.none') }] });
  blocks.push(advice(iamaAdvice(iama, words), iama.kind === 'required' ? 'warning' : iama.kind === 'advised' ? 'attention' : iama.kind === 'not-indicated' ? 'positive' : 'attention', s.points.iama !== null));

  if (s.note.trim() !== '') {
    blocks.push({ kind: 'heading', text: t('screening.note') });
    blocks.push({ kind: 'paragraph', style: 'body', text: s.note.trim() });
  }
  return section('screening', t('sections.screening'), blocks);
}
