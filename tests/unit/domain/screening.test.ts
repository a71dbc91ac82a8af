import { describe, expect, it } from 'vitest';
import { AP_LIST, DPIA_CRITERIA, EMPTY_SCREENING, HIGH_RISK_AREAS, cleanScreening, dpiaCallsForAction, dpiaOutcome, iamaOutcome, type Answer, type DpiaCriterion, type Screening } from '../../../src/domain/screening';

const withDpia = (answers: Partial<Record<DpiaCriterion, Answer>>, more: Partial<Screening> = {}): Screening => ({ ...EMPTY_SCREENING, personalData: 'yes', dpia: answers, ...more });
const allNo = Object.fromEntries(DPIA_CRITERIA.map((c) => [c, 'no'])) as Record<DpiaCriterion, Answer>;

describe('the published lists', () => {
  it('have the nine EDPB criteria, the seventeen kinds of the Dutch list, and seven high-risk areas, each once', () => {
    expect(new Set(DPIA_CRITERIA).size).toBe(9);
    expect(new Set(AP_LIST).size).toBe(17);
    expect(new Set(HIGH_RISK_AREAS).size).toBe(7);
  });
});

describe('whether a DPIA is required', () => {
  it('says nothing before the group has answered anything', () => {
    expect(dpiaOutcome(EMPTY_SCREENING).kind).toBe('not-screened');
  });

  it.each(DPIA_CRITERIA.map((c) => [c]))('one criterion met (%s), the rest no: possible, naming it', (c) => {
    const o = dpiaOutcome(withDpia({ ...allNo, [c]: 'yes' }));
    expect(o).toEqual({ kind: 'possible', met: [c] });
    expect(dpiaCallsForAction(o)).toBe(true);
  });

  it.each(DPIA_CRITERIA.flatMap((a, i) => DPIA_CRITERIA.slice(i + 1).map((b) => [a, b])))('two criteria met (%s and %s): required, naming both', (a, b) => {
    const o = dpiaOutcome(withDpia({ ...allNo, [a]: 'yes', [b]: 'yes' }));
    expect(o.kind).toBe('required');
    if (o.kind === 'required') expect([...o.met].sort()).toEqual([a, b].sort());
  });

  it.each(AP_LIST.map((k) => [k]))('a kind on the authority’s list (%s) makes it required even with every criterion no', (k) => {
    expect(dpiaOutcome(withDpia(allNo, { apList: [k] }))).toEqual({ kind: 'required', listed: [k], met: [] });
  });

  it('every criterion no: not indicated, and nothing to do', () => {
    const o = dpiaOutcome(withDpia(allNo));
    expect(o).toEqual({ kind: 'not-indicated', noPersonalData: false, open: [] });
    expect(dpiaCallsForAction(o)).toBe(false);
  });

  it('"we do not know" is open, not no: one met and one unknown is unclear', () => {
    const o = dpiaOutcome(withDpia({ ...allNo, 'vulnerable-people': 'yes', 'combining-data': 'unknown' }));
    expect(o).toEqual({ kind: 'unclear', met: ['vulnerable-people'], open: ['combining-data'] });
  });

  it('criteria not answered count as open too', () => {
    const o = dpiaOutcome(withDpia({ 'large-scale': 'no' }));
    expect(o.kind).toBe('unclear');
    if (o.kind === 'unclear') expect(o.open).toHaveLength(DPIA_CRITERIA.length - 1);
  });

  it('no personal data at all: not indicated, whatever else was ticked', () => {
    expect(dpiaOutcome({ ...withDpia({ 'large-scale': 'yes', 'new-technology': 'yes' }), personalData: 'no' })).toEqual({ kind: 'not-indicated', noPersonalData: true, open: [] });
  });

  it('a case like the reference one (social-assistance records combined to predict fraud) is required', () => {
    const o = dpiaOutcome(withDpia({ 'evaluation-scoring': 'yes', 'combining-data': 'yes', 'vulnerable-people': 'yes', 'large-scale': 'unknown' }, { apList: ['fraud-prevention', 'profiling'] }));
    expect(o).toEqual({ kind: 'required', listed: ['fraud-prevention', 'profiling'], met: ['evaluation-scoring', 'combining-data', 'vulnerable-people'] });
  });
});

describe('whether an IAMA is advised', () => {
  const iama = (a: Screening['iama'], areas: Screening['highRiskAreas'] = []): Screening => ({ ...EMPTY_SCREENING, iama: a, highRiskAreas: areas });

  it('says nothing before anything is answered', () => {
    expect(iamaOutcome(EMPTY_SCREENING).kind).toBe('not-screened');
  });

  it.each(HIGH_RISK_AREAS.map((a) => [a]))('an AI system in a high-risk area (%s): the AI Act’s assessment is required', (area) => {
    expect(iamaOutcome(iama({ 'ai-system': 'yes' }, [area]))).toEqual({ kind: 'required', areas: [area] });
  });

  it('an algorithm used about people that can affect their rights: advised', () => {
    expect(iamaOutcome(iama({ 'algorithm-about-people': 'yes', 'affects-rights': 'yes', 'ai-system': 'no' }))).toEqual({ kind: 'advised' });
  });

  it('not about people, or no effect on rights, and no high-risk AI: not indicated', () => {
    expect(iamaOutcome(iama({ 'algorithm-about-people': 'no', 'affects-rights': 'yes', 'ai-system': 'no' })).kind).toBe('not-indicated');
    expect(iamaOutcome(iama({ 'algorithm-about-people': 'yes', 'affects-rights': 'no' })).kind).toBe('not-indicated');
  });

  it('a high-risk area chosen while it is unknown whether it is an AI system: unclear on exactly that', () => {
    expect(iamaOutcome(iama({ 'algorithm-about-people': 'no', 'ai-system': 'unknown' }, ['public-services']))).toEqual({ kind: 'unclear', open: ['ai-system'] });
  });

  it('an unknown on the effect on rights leaves it unclear', () => {
    expect(iamaOutcome(iama({ 'algorithm-about-people': 'yes', 'affects-rights': 'unknown' }))).toEqual({ kind: 'unclear', open: ['affects-rights'] });
  });
});

describe('what a stored or imported screening may hold', () => {
  it('keeps known answers and drops everything else', () => {
    const s = cleanScreening({ personalData: 'yes', dpia: { 'large-scale': 'yes', bogus: 'yes', 'new-technology': 'maybe' }, apList: ['profiling', 'x'], iama: { 'ai-system': 'no' }, highRiskAreas: ['education', 'mars'], note: 'Zie het verslag', points: { dpia: 'p1', iama: 3 } });
    expect(s).toEqual({ personalData: 'yes', dpia: { 'large-scale': 'yes' }, apList: ['profiling'], iama: { 'ai-system': 'no' }, highRiskAreas: ['education'], note: 'Zie het verslag', points: { dpia: 'p1', iama: null } });
  });

  it('an absent or broken value is the empty screening', () => {
    expect(cleanScreening(undefined)).toEqual(EMPTY_SCREENING);
    expect(cleanScreening('yes')).toEqual(EMPTY_SCREENING);
  });
});
