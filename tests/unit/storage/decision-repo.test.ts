// Why: the decision is checked against the action points where it is stored, so "go" is never
// recorded while a condition is open; the preconditions scan keeps the app's proposals apart
// from what the group confirmed or overrode (with a reason), and remembers dismissed suggestions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import type { WorkshopId } from '../../../src/domain/ids';
import { propose, proposeAll, staleProposals } from '../../../src/domain/precondition-rules';
import { EMPTY_GOAL } from '../../../src/domain/goal';
import type { IsoDate } from '../../../src/domain/time';
import { addActionPoint, EMPTY_DRAFT, listActionPoints, setActionStatus } from '../../../src/storage/action-points-repo';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import {
  clearDecision,
  confirmProposal,
  dismissSuggestion,
  overrideAssessment,
  recordDecision,
  refreshProposals,
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
  const facts = { goal: EMPTY_GOAL, roles: [['project-owner' as const]] };

  it('stores the app proposals without making the workshop changed, never over a confirmed one', async () => {
    const proposals = proposeAll(facts);
    await refreshProposals(id, staleProposals((await get()).preconditions, proposals, (p) => p.reason));
    const w = await get();
    expect(w.preconditions['privacy-officer-involved']).toMatchObject({ state: 'missing', confirmed: false, explanation: 'po-absent' });
    expect(w.updatedAt).toBe(OLD);
    // Confirming keeps none of the app's wording as the group's explanation.
    await confirmProposal(id, propose('privacy-officer-involved', facts));
    expect((await get()).preconditions['privacy-officer-involved']).toMatchObject({ state: 'missing', confirmed: true, explanation: '', overrideReason: '' });
    const later = proposeAll({ ...facts, roles: [['project-owner'], ['privacy-officer']] });
    await refreshProposals(id, staleProposals((await get()).preconditions, later, (p) => p.reason));
    expect((await get()).preconditions['privacy-officer-involved']).toMatchObject({ state: 'missing', confirmed: true, explanation: '' });
    expect((await get()).updatedAt > OLD).toBe(true);
  });

  it('overrides a proposal only with a reason, and can go back to the proposal', async () => {
    const proposal = propose('privacy-officer-involved', facts);
    expect(await overrideAssessment(id, proposal, 'partly', ' ')).toEqual({ ok: false, refused: 'reason-required' });
    // Another state than proposed: the one text is the reason, stored once.
    await overrideAssessment(id, proposal, 'partly', ' De FG heeft vooraf meegelezen ');
    expect((await get()).preconditions['privacy-officer-involved']).toMatchObject({ state: 'partly', confirmed: true, overrideReason: 'De FG heeft vooraf meegelezen', explanation: '' });
    // Choosing the proposed state is a confirmation: no reason needed, none kept; the text is a note.
    await overrideAssessment(id, proposal, 'missing', 'Wel per mail gevraagd');
    expect((await get()).preconditions['privacy-officer-involved']).toMatchObject({ state: 'missing', overrideReason: '', explanation: 'Wel per mail gevraagd' });
    await reopenAssessment(id, 'privacy-officer-involved');
    expect((await get()).preconditions['privacy-officer-involved'].confirmed).toBe(false);
    // The other four are untouched.
    expect((await get()).preconditions.accountability.updatedAt).toBeNull();
  });

  it('remembers dismissed suggestions, once each, and can bring one back', async () => {
    await dismissSuggestion(id, 'integrated-work', 'embed-ethics');
    await dismissSuggestion(id, 'integrated-work', 'embed-ethics');
    expect((await get()).preconditions['integrated-work'].dismissedSuggestions).toEqual(['embed-ethics']);
    await restoreSuggestion(id, 'integrated-work', 'embed-ethics');
    expect((await get()).preconditions['integrated-work'].dismissedSuggestions).toEqual([]);
  });
});
