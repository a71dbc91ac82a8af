import { describe, expect, it } from 'vitest';
import { checkContribution, contributionFile, contributionFromBytes, contributionFromText, contributionParts, secretFor, signContribution, storedNoteId } from '../../../../src/exchange/contribution/contribution';
import { checkJoinCode, joinCodeFromBytes, joinCodeParts, newJoinCode } from '../../../../src/exchange/contribution/join-code';
import { PartCollector } from '../../../../src/exchange/contribution/parts';
import { deflate } from '../../../../src/exchange/contribution/deflate';
import { isUuid } from '../../../../src/domain/ids';
import { JOIN, twentyNotes } from './fixture';

const NOW = new Date('2026-12-02T10:00:00Z');

async function reassemble(parts: readonly string[]) {
  const c = new PartCollector();
  let last;
  for (const p of parts) last = await c.add(p);
  if (last?.kind !== 'complete') throw new Error(`not complete: ${last?.kind}`);
  return last.bytes;
}

describe('a contribution', () => {
  it('goes through QR parts and comes back checked and equal', async () => {
    const signed = await signContribution(twentyNotes(), JOIN.key);
    const r = await contributionFromBytes(await reassemble(await contributionParts(signed)), JOIN);
    expect(r).toEqual({ ok: true, contribution: signed });
  });

  it('goes through its file form too', async () => {
    const signed = await signContribution(twentyNotes(), JOIN.key);
    expect(await contributionFromText(contributionFile(signed), JOIN)).toEqual({ ok: true, contribution: signed });
  });

  it('is refused by another workshop, another session, or under another key', async () => {
    const signed = await signContribution(twentyNotes(), JOIN.key);
    expect(await checkContribution(signed, { ...JOIN, workshopId: '11111111-2222-4333-8444-555555555555' })).toEqual({ ok: false, reason: 'other-workshop' });
    expect(await checkContribution(signed, { ...JOIN, session: 'another' })).toEqual({ ok: false, reason: 'other-session' });
    const other = newJoinCode({ workshopId: JOIN.workshopId, title: '', lang: 'nl', questions: JOIN.questions, people: [], now: NOW });
    expect(await checkContribution(signed, { ...JOIN, key: other.key })).toEqual({ ok: false, reason: 'tampered' });
  });

  it('is refused when a note, a writer or the mac was changed', async () => {
    const signed = await signContribution(twentyNotes(), JOIN.key);
    const note = { ...signed.notes[3]!, text: 'Iets anders' };
    expect(await checkContribution({ ...signed, notes: signed.notes.map((n, i) => (i === 3 ? note : n)) }, JOIN)).toEqual({ ok: false, reason: 'tampered' });
    expect(await checkContribution({ ...signed, writers: [{ name: 'Mallory' }, signed.writers[1]] }, JOIN)).toEqual({ ok: false, reason: 'tampered' });
    expect(await checkContribution({ ...signed, mac: signed.mac.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) }, JOIN)).toEqual({ ok: false, reason: 'tampered' });
  });

  it('is refused when made by a newer version, too large, or malformed', async () => {
    const signed = await signContribution(twentyNotes(), JOIN.key);
    expect(await checkContribution({ ...signed, formatVersion: 2 }, JOIN)).toEqual({ ok: false, reason: 'too-new' });
    expect(await contributionFromText('x'.repeat(600 * 1024), JOIN)).toEqual({ ok: false, reason: 'too-large' });
    const bomb = await deflate(new TextEncoder().encode(' '.repeat(2 * 1024 * 1024)));
    expect(await contributionFromBytes(bomb, JOIN)).toEqual({ ok: false, reason: 'too-large' });
    expect(await contributionFromText('{"format":"deda-tafel/contribution"', JOIN)).toEqual({ ok: false, reason: 'malformed' });
    expect(await checkContribution({ ...signed, notes: [{ ...signed.notes[0]!, writer: 9 }] }, JOIN)).toEqual({ ok: false, reason: 'malformed' });
    expect(await checkContribution({ ...signed, extra: 1 }, JOIN)).toEqual({ ok: false, reason: 'malformed' });
    // A note's moment is UTC with seconds; local time without a zone would shift on the tablet.
    expect(await checkContribution({ ...signed, notes: [{ ...signed.notes[0]!, createdAt: '2026-12-02T10:15' }] }, JOIN)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('is checked against the session it names, among those a tablet holds', async () => {
    const signed = await signContribution(twentyNotes(), JOIN.key);
    const other = newJoinCode({ workshopId: JOIN.workshopId, title: '', lang: 'nl', questions: JOIN.questions, people: [], now: NOW });
    const text = contributionFile(signed);
    expect((await contributionFromText(text, (v) => secretFor([other, JOIN], JOIN.workshopId, v))).ok).toBe(true);
    expect(await contributionFromText(text, (v) => secretFor([other], JOIN.workshopId, v))).toEqual({ ok: false, reason: 'other-session' });
    expect(await contributionFromText(text, (v) => secretFor([], '0f0f0f0f-0000-4000-8000-000000000000', v))).toEqual({ ok: false, reason: 'other-workshop' });
  });

  it('is refused when a note is on a question the session did not offer', async () => {
    const u = twentyNotes();
    const signed = await signContribution({ ...u, notes: [{ ...u.notes[0]!, questionId: 'people.hidden' }] }, JOIN.key);
    expect(await checkContribution(signed, JOIN)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('gives each note the same UUID on the tablet every time, and different notes different ones', async () => {
    const a = await storedNoteId('s1', 'n1');
    expect(isUuid(a)).toBe(true);
    expect(await storedNoteId('s1', 'n1')).toBe(a);
    expect(await storedNoteId('s1', 'n2')).not.toBe(a);
    expect(await storedNoteId('s2', 'n1')).not.toBe(a);
  });
});

describe('a join code', () => {
  it('round-trips through one QR code', async () => {
    const parts = await joinCodeParts(JOIN);
    expect(parts).toHaveLength(1);
    expect(await joinCodeFromBytes(await reassemble(parts), NOW)).toEqual({ ok: true, code: JOIN });
  });

  it('is fresh every session: a new session id and a new 256-bit key', () => {
    const make = () => newJoinCode({ workshopId: JOIN.workshopId, title: 't', lang: 'nl', questions: JOIN.questions, people: [], now: NOW });
    const a = make();
    const b = make();
    expect(a.session).not.toBe(b.session);
    expect(a.key).not.toBe(b.key);
    expect(checkJoinCode(a, NOW)).toEqual({ ok: true, code: a });
  });

  it('is refused when expired, too new or malformed', () => {
    expect(checkJoinCode(JOIN, new Date('2026-12-03T10:00:00Z'))).toEqual({ ok: false, reason: 'expired' });
    expect(checkJoinCode({ ...JOIN, formatVersion: 2 }, NOW)).toEqual({ ok: false, reason: 'too-new' });
    expect(checkJoinCode({ ...JOIN, key: 'short' }, NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(checkJoinCode({ ...JOIN, questions: [] }, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('holds its expiry as a UTC moment with seconds, not as text a device reads in its own time zone', () => {
    // Date.parse took all of these; the first two read as the phone's local time, so a phone
    // in another zone would keep or refuse a code hours apart from the tablet.
    for (const expiresAt of ['2026-12-02T20:00', '2026-12-02T20:00:00', '2026-12-02 20:00:00Z', '2 Dec 2026 20:00', '2026-12-02T20:00:60Z', '2026-02-30T20:00:00Z']) {
      expect(checkJoinCode({ ...JOIN, expiresAt }, NOW), expiresAt).toEqual({ ok: false, reason: 'malformed' });
    }
    expect(checkJoinCode({ ...JOIN, expiresAt: '2026-12-02T20:00:00Z' }, NOW).ok).toBe(true);
    expect(checkJoinCode(newJoinCode({ workshopId: JOIN.workshopId, title: JOIN.title, lang: JOIN.lang, questions: JOIN.questions, people: JOIN.people, now: NOW }), NOW).ok).toBe(true);
  });
});
