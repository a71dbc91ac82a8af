// Why: an evaluation's report must carry the comparison with the first session (issue 4's
// "what changed since"), worked out by the same rules as the evaluation's overview, and say so
// plainly when the first session is not on the device the report is made on.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { evaluationCopy, type EarlierSession } from '../../../src/domain/evaluation';
import type { IsoDate, IsoDateTime } from '../../../src/domain/time';
import type { WorkshopGraph } from '../../../src/domain/workshop-graph';
import type { QuestionId } from '../../../src/domain/ids';
import { buildReport, type ReportOptions } from '../../../src/report/build-report';
import type { Block, ReportModel } from '../../../src/report/report-model';
import { reportTexts } from '../../../src/report/report-texts';
import type { ReportT } from '../../../src/report/report-words';
import { fullWorkshop } from './full-workshop';

let nl: ReportT;
let en: ReportT;
beforeAll(async () => {
  nl = await reportTexts('nl');
  en = await reportTexts('en');
});

const NOW = '2027-03-01T09:00:00.000Z' as IsoDateTime;
const opts = (t: ReportT, earlier: ReportOptions['earlier']): ReportOptions => ({ t, exportedAt: new Date(NOW), appVersion: '9.8.7', earlier });
const tables = (m: ReportModel) => (m.sections.find((s) => s.id === 'comparison')?.blocks ?? []).filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

/** The first session, and an evaluation in which one carried-over point was done and privacy got two more concerns. */
function sessions(): { first: WorkshopGraph; evaluation: WorkshopGraph; earlier: EarlierSession } {
  const first = fullWorkshop();
  const copy = evaluationCopy(first, { now: NOW, today: '2027-03-01' as IsoDate, title: 'Evaluatie slimme containers' });
  const [done, ...rest] = copy.actionPoints;
  const q = 'privacy.dpia' as QuestionId;
  const evaluation: WorkshopGraph = {
    ...copy,
    actionPoints: [{ ...done!, status: 'done', completedAt: NOW }, ...rest],
    notes: [1, 2, 3].map((i) => ({ id: `f000000${i}-0000-4000-8000-000000000000` as never, workshopId: copy.workshop.id, questionId: q, text: `Zorg ${i}`, kind: 'concern' as const, speaker: { kind: 'group' as const }, order: i, via: 'table' as const, createdAt: NOW, updatedAt: NOW })),
    questionStates: [{ workshopId: copy.workshop.id, questionId: q, status: 'discussed', reason: '', updatedAt: NOW }],
  };
  const w = first.workshop;
  return { first, evaluation, earlier: { title: w.title, date: w.date, before: { workshop: w, states: first.questionStates, notes: first.notes, actionPoints: first.actionPoints } } };
}

describe('the comparison in an evaluation report', () => {
  it('follows the preconditions, names the first session, and shows per topic then → now', () => {
    const { first, evaluation, earlier } = sessions();
    const m = buildReport(evaluation, defaultPack, opts(nl, earlier));
    const ids = m.sections.map((s) => s.id);
    expect(ids.indexOf('comparison')).toBe(ids.indexOf('preconditions') + 1);
    const text = JSON.stringify(m.sections.find((s) => s.id === 'comparison'));
    expect(text).toContain(`de sessie ‘${first.workshop.title}’`);
    const carried = evaluation.actionPoints.length;
    expect(text).toContain(`${carried} actiepunten uit de eerste sessie meegenomen: 1 gedaan, 0 vervallen, ${carried - 1} nog open.`);

    const [pre, topics] = tables(m);
    expect(pre?.rows).toHaveLength(5);
    const privacy = topics?.rows.find((r) => r.cells[0] === 'Privacy');
    const firstPrivacyConcerns = first.notes.filter((n) => n.questionId.startsWith('privacy.') && n.kind === 'concern').length;
    expect(privacy?.cells.slice(1)).toEqual(['van 0 naar 1', `van ${firstPrivacyConcerns} naar 3`, `van ${first.notes.filter((n) => n.questionId.startsWith('privacy.')).length} naar 3`]);
    expect(privacy?.emphasis).toBe('mark'); // more concerns than before
    // Not discussed yet in the evaluation: the first session's figures, a dash for now.
    const untouched = topics?.rows.find((r) => r.cells[0] === 'Bias / vooringenomenheid');
    const biasNotes = first.notes.filter((n) => n.questionId.startsWith('bias.'));
    expect(untouched).toEqual({ cells: ['Bias / vooringenomenheid', 'van 0 naar –', `van ${biasNotes.filter((n) => n.kind === 'concern').length} naar –`, `van ${biasNotes.length} naar –`], emphasis: 'muted' });
  });

  it('compares a precondition only once the group judged it in both sessions, in both languages', () => {
    const { evaluation, earlier } = sessions();
    const scan = evaluation.workshop.preconditions;
    // The evaluation's group judged accountability (partly then); the rest is only the app's proposal.
    const judged = { ...evaluation, workshop: { ...evaluation.workshop, preconditions: { ...scan, accountability: { ...scan.accountability, state: 'in-place' as const, confirmed: true } } } };
    const [pre] = tables(buildReport(judged, defaultPack, opts(nl, earlier)));
    expect(pre?.rows.map((r) => r.cells)).toEqual([
      ['Doelbinding', 'op orde', 'nog niet beoordeeld', 'Nog niet te vergelijken'],
      ['Verantwoording', 'deels op orde', 'op orde', 'Beter'],
      // Never judged in the first session either: only proposals, so nothing to compare.
      ['Gemeenschappelijke taal en integraal werken', 'nog niet beoordeeld', 'nog niet beoordeeld', 'Nog niet te vergelijken'],
      ['Politiek draagvlak', 'ontbreekt', 'nog niet beoordeeld', 'Nog niet te vergelijken'],
      ['Privacy officer of FG vanaf het begin betrokken', 'op orde', 'nog niet beoordeeld', 'Nog niet te vergelijken'],
    ]);
    expect(pre?.rows[0]?.emphasis).toBe('muted');
    const [english] = tables(buildReport({ ...judged, workshop: { ...judged.workshop, lang: 'en' } }, defaultPack, opts(en, earlier)));
    expect(english?.rows[0]?.cells.slice(1)).toEqual(['in place', 'not judged yet', 'Cannot compare yet']);
    expect(english?.rows[1]?.cells.slice(1)).toEqual(['partly in place', 'in place', 'Better']);
  });

  it('says the comparison is missing when the first session is not on this device, in the workshop language', () => {
    const { evaluation } = sessions();
    const m = buildReport({ ...evaluation, workshop: { ...evaluation.workshop, lang: 'en' } }, defaultPack, opts(en, 'gone'));
    const section = m.sections.find((s) => s.id === 'comparison');
    expect(section?.title).toBe('Compared with the first session');
    expect(section?.blocks).toEqual([{ kind: 'notice', tone: 'attention', title: 'No comparison', text: expect.stringContaining('The first session was not on the device') }]);
  });

  it('is not there for a first session', () => {
    const { first, earlier } = sessions();
    expect(buildReport(first, defaultPack, opts(nl, earlier)).sections.some((s) => s.id === 'comparison')).toBe(false);
  });
});
