// Why: a workshop the app will not export must say in the facilitator's words where the text
// that looks like code is, in both languages, never as a JSON path.
import { beforeAll, describe, expect, it } from 'vitest';
import { exportFailureText } from '../../../../src/features/exchange/BundleExportResult';
import { MARKUP_PLACES, markupPlace } from '../../../../src/features/exchange/markup-place';
import { refusalText } from '../../../../src/features/exchange/tx';
import { i18n, initI18n, loadNamespaces, setLang } from '../../../../src/i18n/i18n';

describe('where the markup is', () => {
  beforeAll(async () => {
    await initI18n();
    await loadNamespaces(['exchange']);
  });

  it('names the part of the workshop from the path the check reports', () => {
    expect(markupPlace('payload.notes[12].text')).toBe('note');
    expect(markupPlace('payload.actionPoints[0].owner.person.name')).toBe('action');
    expect(markupPlace('payload.participants[3].name')).toBe('participant');
    expect(markupPlace('payload.questionStates[1].reason')).toBe('question');
    expect(markupPlace('payload.attachments[0].caption')).toBe('photo');
    expect(markupPlace('payload.workshop.title')).toBe('title');
    expect(markupPlace('payload.workshop.goal.statement')).toBe('goal');
    expect(markupPlace('payload.workshop.values.conflicts[0].description')).toBe('values');
    expect(markupPlace('payload.workshop.decision.dissent[0].reason')).toBe('decision');
    expect(markupPlace('payload.workshop.preconditions.accountability.explanation')).toBe('preconditions');
    expect(markupPlace('payload.workshop.place')).toBe('details');
    expect(markupPlace('signature.signer')).toBe('signer');
    expect(markupPlace('payload.pack.groups[0].title.nl')).toBe('other');
  });

  it('says where and what, in Dutch and in English, for every place', async () => {
    for (const lang of ['nl', 'en'] as const) {
      await setLang(lang);
      for (const place of MARKUP_PLACES) expect(i18n.exists(`exchange:export.markup.places.${place}`), `${lang} ${place}`).toBe(true);
    }
    await setLang('nl');
    const text = exportFailureText({ kind: 'refused', refusal: { kind: 'markup', path: 'payload.notes[1].text', excerpt: '<b>dit</b>' } });
    expect(text).toContain('In een notitie staat tekst die op HTML-code lijkt: ‘<b>dit</b>’');
    expect(text).not.toContain('payload');
    const backup = exportFailureText({ kind: 'refused', title: 'Slimme containers', refusal: { kind: 'markup', path: 'payload.workshop.title', excerpt: '<i>' } });
    expect(backup).toMatch(/^Slimme containers: In de titel van de workshop staat/);
  });

  it('names the place in a refused import too, not the JSON path', async () => {
    await setLang('en');
    const text = refusalText({ kind: 'markup', path: 'payload.actionPoints[2].title', excerpt: '<script>' });
    expect(text).toBe('An action point in this file holds text that looks like HTML code: ‘<script>’. DEDA Tafel only takes plain text.');
    await setLang('nl');
  });
});

describe('an export that meets a full disk', () => {
  beforeAll(async () => {
    await initI18n();
    await loadNamespaces(['exchange']);
  });

  it('says the disk is full, not that the key is at fault', async () => {
    await setLang('nl');
    const full = exportFailureText({ kind: 'storage', problem: 'quota' });
    expect(full).toContain('de opslag van dit apparaat is vol');
    expect(full).not.toBe(exportFailureText({ kind: 'storage', problem: 'unknown' }));
    expect(exportFailureText({ kind: 'storage', problem: 'closed' })).toContain('Herlaad');
    await setLang('en');
    expect(exportFailureText({ kind: 'storage', problem: 'quota' })).toContain('storage is full');
  });
});
