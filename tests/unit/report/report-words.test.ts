// Why: the report names the roles with the same words as the app (a reader compares the two),
// and a speaker in front of a note begins the line, so it starts with a capital.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParticipantId } from '../../../src/domain/ids';
import { ROLES } from '../../../src/domain/roles';
import { reportTexts } from '../../../src/report/report-texts';
import { capitalise, words, type ReportT } from '../../../src/report/report-words';
import { T0 } from '../support/fixtures';

const locale = (lang: string, file: string) => JSON.parse(readFileSync(join(__dirname, '../../../locales', lang, file), 'utf8')) as { roles: Record<string, string>; doc: { roles: Record<string, string> } };

let nl: ReportT;
let en: ReportT;
beforeAll(async () => {
  nl = await reportTexts('nl');
  en = await reportTexts('en');
});

describe('the report words', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`names every role as the app does (${lang}), only with a lower-case first letter for running text`, () => {
      const app = locale(lang, 'workshop.json').roles;
      const report = locale(lang, 'report.json').doc.roles;
      for (const role of ROLES) expect(capitalise(report[role] ?? '', lang), role).toBe(app[role]);
    });
  }

  it('capitalises a role or the group where the speaker begins a line, but keeps a name as written', () => {
    const id = 'a0000000-0000-4000-8000-000000000001' as ParticipantId;
    const person = { id, workshopId: 'w' as never, name: 'bell hooks', roles: [], roleNote: '', order: 0, createdAt: T0, updatedAt: T0 };
    const say = words(nl, 'nl', [person]);
    expect(say.speakerAtStart({ kind: 'group' })).toBe('De groep');
    expect(say.speakerAtStart({ kind: 'role', role: 'politics' })).toBe('Politiek (wethouder of raadslid)');
    expect(say.speakerAtStart({ kind: 'participant', participantId: id })).toBe('bell hooks');
    expect(say.speakerAtStart({ kind: 'participant', participantId: 'a0000000-0000-4000-8000-000000000002' as ParticipantId })).toBe('Een verwijderde deelnemer');
    // In running text the role stays lower-case.
    expect(say.speaker({ kind: 'group' })).toBe('de groep');
    expect(words(en, 'en', []).speakerAtStart({ kind: 'role', role: 'data-analyst' })).toBe('Data analyst or statistician');
  });
});
