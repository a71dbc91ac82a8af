// Why: the decision is checked against the action points where it is stored, so "go" is never
// recorded while a condition is open; the preconditions scan stores only the group's judgement
// (a state and a reason, both required), and remembers dismissed suggestions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import type { WorkshopId } from '../../../src/domain/ids';
import type { IsoDate } from '../../../src/domain/time';
import { addActionPoint, EMPTY_DRAFT, listActionPoints, setActionStatus } from '../../../src/storage/action-points-repo';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import {
  clearDecision,
  dismissSuggestion,
  judgeAssessment,
  recordDecision,
  reopenAssessment,
  restoreSuggestion,
} from '../../../src/storage/decision-repo';
import { createWorkshop, getWorkshop } from '../../../src/storage/workshops-repo';
import { meta } from '../support/fixtures';
import { freshName } from './migration-harness';

const OLD = '2000-01-01T00:00:00.000Z';
let id: WorkshopId;

beforeEach(async () => {
  useDatabase(new DedaDatabase(freshName('decision')));
  const r = await createWorkshop(meta(), 'nl', defaultPack);
  if (!r.ok) throw new Error('create failed');
  id = r.value;
  await db().workshops.update(id, { updatedAt: OLD });
});
afterEach(() => {
  db().close();
  useDatabase(null);
});

const get = async () => (await getWorkshop(id))!;
const decision = (outcome: 'go' | 'go-with-conditions' | 'pause' | 'stop' | 'deadlock', rationale = 'Afgewogen') => ({
  outcome,
  rationale,
  dissent: [{ id: 'd-1' as never, who: ' Wethouder ', reason: ' Te vroeg ' }, { id: 'd-2' as never, who: '', reason: '' }],
  decidedBy: 'Projectgroep',
  date: '2026-11-12' as IsoDate,
});

describe('the decision record', () => {
  it('refuses "go" while a condition is open, and stores nothing', async () => {
    await addActionPoint(id, { ...EMPTY_DRAFT, title: 'DPIA afronden', isCondition: true });
    await db().workshops.update(id, { updatedAt: OLD });
    const r = await recordDecision(id, decision('go'));
    expect(r.ok).toBe(false);
    expect('refused' in r && r.refused.kind).toBe('open-conditions');
    expect((await get()).decision).toBeNull();
    expect((await get()).updatedAt).toBe(OLD);
  });

  it('records "go" once the condition is done, with dissent and who decided', async () => {
    await addActionPoint(id, { ...EMPTY_DRAFT, title: 'DPIA afronden', isCondition: true });
    const [p] = await listActionPoints(id);
    await setActionStatus(p!, 'done');
    expect((await recordDecision(id, decision('go'))).ok).toBe(true);
    expect((await get()).decision).toMatchObject({ outcome: 'go', rationale: 'Afgewogen', decidedBy: 'Projectgroep', date: '2026-11-12', dissent: [{ id: 'd-1', who: 'Wethouder', reason: 'Te vroeg' }] });
    expect((await get()).updatedAt > OLD).toBe(true);
  });

  it('records a deadlock and replaces an earlier decision; taking it back can be undone', async () => {
    await recordDecision(id, decision('pause'));
    await recordDecision(id, decision('deadlock', 'Privacy en veiligheid wegen even zwaar'));
    const d = (await get()).decision;
    expect(d?.outcome).toBe('deadlock');
    await clearDecision(id);
    expect((await get()).decision).toBeNull();
    await clearDecision(id, d);
    expect((await get()).decision).toEqual(d);
  });

  it('refuses an outcome without its reasons', async () => {
    const r = await recordDecision(id, decision('stop', '  '));
    expect('refused' in r && r.refused).toEqual({ kind: 'rationale-required' });
  });
});

describe('the preconditions scan', () => {
  it('stores a judgement only with a state and a reason, and takes it back to not judged', async () => {
    expect(await judgeAssessment(id, 'privacy-officer-involved', 'partly', ' ')).toEqual({ ok: false, refused: 'reason-required' });
    expect(await judgeAssessment(id, 'privacy-officer-involved', null, 'De FG las mee')).toEqual({ ok: false, refused: 'state-required' });
    // 'unknown' is what not judging means; it is no judgement.
    expect(await judgeAssessment(id, 'privacy-officer-involved', 'unknown', 'Weet niemand')).toEqual({ ok: false, refused: 'state-required' });
    expect((await get()).preconditions['privacy-officer-involved'].confirmed).toBe(false);
    expect((await get()).updatedAt).toBe(OLD);
    await judgeAssessment(id, 'privacy-officer-involved', 'partly', ' De FG heeft vooraf meegelezen ');
    expect((await get()).preconditions['privacy-officer-involved']).toMatchObject({ state: 'partly', confirmed: true, explanation: 'De FG heeft vooraf meegelezen', overrideReason: '' });
    expect((await get()).updatedAt > OLD).toBe(true);
    await reopenAssessment(id, 'privacy-officer-involved');
    expect((await get()).preconditions['privacy-officer-involved']).toMatchObject({ state: 'unknown', confirmed: false, explanation: '' });
    // The other four are untouched.
    expect((await get()).preconditions.accountability.updatedAt).toBeNull();
  });

  it('clears the reason field of an earlier version when the group judges again', async () => {
    await judgeAssessment(id, 'political-support', 'missing', 'De raad weet van niets');
    const before = (await get()).preconditions['political-support'];
    await reopenAssessment(id, 'political-support', { ...before, overrideReason: 'Oude reden', explanation: '' });
    await judgeAssessment(id, 'political-support', 'in-place', 'De wethouder stelde het zelf voor');
    expect((await get()).preconditions['political-support']).toMatchObject({ state: 'in-place', explanation: 'De wethouder stelde het zelf voor', overrideReason: '' });
  });

  it('remembers dismissed suggestions, once each, and can bring one back', async () => {
    await dismissSuggestion(id, 'integrated-work', 'embed-ethics');
    await dismissSuggestion(id, 'integrated-work', 'embed-ethics');
    expect((await get()).preconditions['integrated-work'].dismissedSuggestions).toEqual(['embed-ethics']);
    await restoreSuggestion(id, 'integrated-work', 'embed-ethics');
    expect((await get()).preconditions['integrated-work'].dismissedSuggestions).toEqual([]);
  });
});
