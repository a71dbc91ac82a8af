// Why: the layout model decides what a privacy officer reads: which sections, in which order,
// concerns before answers, reasons for parked questions, and plain words about what is missing.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { PRECONDITIONS } from '../../../src/domain/preconditions';
import { buildReport, missingParts, type ReportOptions } from '../../../src/report/build-report';
import type { Block, ReportModel, ReportSection } from '../../../src/report/report-model';
import { reportTexts } from '../../../src/report/report-texts';
import type { ReportT } from '../../../src/report/report-words';
import { graph as smallGraph, workshop } from '../support/fixtures';
import { fullWorkshop, MONEY, NAMES } from './full-workshop';

let nl: ReportT;
let en: ReportT;
const EXPORTED = new Date('2026-11-12T15:30:00.000Z');

beforeAll(async () => {
  nl = await reportTexts('nl');
  en = await reportTexts('en');
});

const opts = (t: ReportT, extra: Partial<ReportOptions> = {}): ReportOptions => ({ t, exportedAt: EXPORTED, appVersion: '9.8.7', ...extra });
const sectionOf = (m: ReportModel, id: string): ReportSection => {
  const s = m.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
};
const blocksOf = <K extends Block['kind']>(s: ReportSection, kind: K) => s.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
/** Every string in the model, for "does it say X anywhere" checks. */
const allText = (m: ReportModel): string => JSON.stringify(m);

describe('buildReport: order and numbering', () => {
  it('puts the sections in the order of the method, topics in pack order', () => {
    const m = buildReport(fullWorkshop(), defaultPack, opts(nl));
    const topicIds = defaultPack.groups.flatMap((g) => g.topics.map((t) => `topic:${t.id}`));
    expect(m.sections.map((s) => s.id)).toEqual(['summary', 'goal', 'participants', 'values', 'topics', ...topicIds, 'other-notes', 'actions', 'preconditions', 'screening', 'photos', 'appendix']);
  });

  it('numbers chapters and the topics within their chapter', () => {
    const m = buildReport(fullWorkshop(), defaultPack, opts(nl));
    expect(m.sections.slice(0, 5).map((s) => s.number)).toEqual(['1', '2', '3', '4', '5']);
    const topics = m.sections.filter((s) => s.id.startsWith('topic:'));
    expect(topics.map((s) => s.number)).toEqual(topics.map((_, i) => `5.${i + 1}`));
    expect(topics.every((s) => s.level === 2)).toBe(true);
    expect(sectionOf(m, 'other-notes').number).toBe('6');
    expect(sectionOf(m, 'appendix').number).toBe('11');
  });

  it('gives every topic its pack title, group and questions in the workshop language', () => {
    const m = buildReport(fullWorkshop(), defaultPack, opts(nl));
    const group = defaultPack.groups[0];
    const topic = group?.topics[0];
    const s = sectionOf(m, `topic:${topic?.id}`);
    expect(s.title).toBe(topic?.title.nl);
    expect(s.kicker).toBe(group?.title.nl);
    expect(blocksOf(s, 'question').map((q) => q.text)).toEqual(topic?.questions.map((q) => q.text.nl));
  });
});

describe('buildReport: notes', () => {
  it('groups notes by kind with concerns first, each with its speaker', () => {
    const m = buildReport(fullWorkshop(), defaultPack, opts(nl));
    const q = blocksOf(sectionOf(m, 'topic:source'), 'question').find((b) => b.text === defaultPack.groups[0]?.topics[1]?.questions[0]?.text.nl);
    expect(q?.groups.map((g) => g.kind)).toEqual(['concern', 'answer', 'question', 'idea']);
    expect(q?.groups.map((g) => g.label)).toEqual(['Zorgen', 'Antwoorden', 'Open vragen', 'Ideeën']);
    expect(q?.groups[0]?.notes).toEqual([{ text: `Koppeling met de pasjesadministratie maakt het herleidbaar tot huishoudens. Kosten: ${MONEY} per maand.`, by: NAMES.po }]);
    expect(q?.groups[2]?.notes[0]?.by).toBe('De groep');
    expect(q?.groups[3]?.notes[0]?.by).toBe('Data-analist of statisticus');
    expect(q?.statusLabel).toBe('Besproken');
  });

  it('puts every note of the workshop in the report exactly once', () => {
    const g = fullWorkshop({ notes: 120 });
    const m = buildReport(g, defaultPack, opts(nl));
    const inModel = m.sections.flatMap((s) => blocksOf(s, 'question').flatMap((q) => q.groups.flatMap((x) => x.notes.map((n) => n.text))));
    expect(inModel.sort()).toEqual(g.notes.map((n) => n.text.trim()).sort());
  });

  it('keeps notes on questions the pack does not know in a section of their own', () => {
    const m = buildReport(fullWorkshop(), defaultPack, opts(nl));
    const q = blocksOf(sectionOf(m, 'other-notes'), 'question');
    expect(q.map((b) => b.text)).toEqual(['Vraag oud.vraag-uit-v0']);
    expect(q[0]?.groups[0]?.notes[0]?.text).toBe('Notitie bij een vraag die de vragenset niet meer kent.');
  });

  it('gives parked and not-applicable questions their reason, and says when there is none', () => {
    const m = buildReport(fullWorkshop(), defaultPack, opts(nl));
    const questions = m.sections.flatMap((s) => blocksOf(s, 'question'));
    const parked = questions.filter((q) => q.status === 'parked');
    const na = questions.filter((q) => q.status === 'not-applicable');
    expect(parked.map((q) => [q.statusLabel, q.reason])).toEqual([['Geparkeerd', 'Reden: Eerst de kaartweergave ontwerpen; terugkomen in de pilot.']]);
    expect(na.map((q) => q.reason)).toEqual(['Reden: De data worden niet gepubliceerd.', 'Er is geen reden vastgelegd.']);
    expect(questions.filter((q) => q.status === 'discussed').every((q) => q.reason === null)).toBe(true);
  });

  it('says "not discussed" only for open questions without notes', () => {
    const m = buildReport(fullWorkshop(), defaultPack, opts(nl));
    const questions = m.sections.flatMap((s) => blocksOf(s, 'question'));
    const openWithNotes = questions.filter((q) => q.status === 'open' && q.groups.length > 0);
    const openEmpty = questions.filter((q) => q.status === 'open' && q.groups.length === 0);
    expect(openWithNotes.length).toBeGreaterThan(0);
    expect(openWithNotes.every((q) => q.statusLabel === '' && q.empty === null)).toBe(true);
    expect(openEmpty.every((q) => q.statusLabel === 'Niet besproken' && q.empty === 'Geen notities.')).toBe(true);
  });
});

describe('buildReport: cover and summary', () => {
  it('fills the cover from the metadata and the decision', () => {
    const m = buildReport(fullWorkshop(), defaultPack, opts(nl));
    expect(m.cover.title).toBe('Slimme vuilcontainers');
    expect(m.cover.fields.map((f) => f.value)).toEqual(['Gemeente Voorbeeld', 'Sensoren in ondergrondse containers', '12 november 2026', 'Stadhuis, kamer 2.14', NAMES.facilitator]);
    expect(m.cover.outcome).toEqual({ label: 'Uitkomst', value: 'Doorgaan onder voorwaarden', tone: 'attention' });
    expect(m.header).toBe('Slimme vuilcontainers');
    expect(m.pageOf).toBe('Pagina {page} van {pages}');
    expect(m.contents).toBe('Inhoud');
  });

  it('summarises goal, decision with rationale and dissent, and the conditions with their state', () => {
    const g = fullWorkshop();
    const s = sectionOf(buildReport(g, defaultPack, opts(nl)), 'summary');
    expect(s.startsPage).toBe(true);
    expect(blocksOf(s, 'heading').map((h) => h.text)).toEqual(['Doel van het project', 'Besluit', 'Voorwaarden', 'Rollen aan tafel', 'Parkeerplaats', 'Randvoorwaarden', 'In cijfers']);
    expect(blocksOf(s, 'paragraph').map((p) => p.text)).toContain(g.workshop.goal.statement);
    expect(blocksOf(s, 'paragraph').map((p) => p.text)).toContain(g.workshop.decision?.rationale);
    expect(blocksOf(s, 'fields')[0]?.fields.map((f) => f.value)).toEqual(['Doorgaan onder voorwaarden', `${NAMES.owner} met de groep`, '12 november 2026']);
    const lists = blocksOf(s, 'list').map((l) => l.items);
    expect(lists).toContainEqual(['J. de Vries: Wil eerst de raad horen.']);
    expect(lists).toContainEqual(['DPIA uitvoeren voor de koppeling met pasjesdata (open)', 'Sensoren eerlijk over wijken verdelen (bezig)']);
    expect(blocksOf(s, 'paragraph').map((p) => p.text)).toContain('Uitgevoerd: 0 van de 2 voorwaarden.');
    const notices = blocksOf(s, 'notice');
    expect(notices).toContainEqual({ kind: 'notice', tone: 'warning', title: 'Aandacht nodig', text: 'Verantwoording (deels op orde) en Politiek draagvlak (ontbreekt).' });
  });

  it('puts every figure of the summary in the singular when it is one, in both languages', () => {
    const g = fullWorkshop();
    const questions = defaultPack.groups.flatMap((gr) => gr.topics.flatMap((tp) => tp.questions)).length;
    const [condition] = g.actionPoints.filter((a) => a.isCondition);
    const [note] = g.notes.filter((n) => n.kind === 'concern');
    const one = { ...g, participants: g.participants.slice(0, 1), notes: [note!], actionPoints: [condition!], questionStates: [] };
    const paragraphs = (m: ReportModel) => blocksOf(sectionOf(m, 'summary'), 'paragraph').map((p) => p.text);
    const dutch = paragraphs(buildReport(one, defaultPack, opts(nl)));
    expect(dutch).toContain('Uitgevoerd: 0 van 1 voorwaarde.');
    expect(dutch).toContain(`1 deelnemer, 0 van ${questions} vragen besproken, 1 notitie, waarvan 1 zorg, 1 actiepunt.`);
    const english = paragraphs(buildReport({ ...one, workshop: { ...one.workshop, lang: 'en' } }, defaultPack, opts(en)));
    expect(english).toContain('Done: 0 of 1 condition.');
    expect(english).toContain(`1 participant, 0 of ${questions} questions discussed, 1 note of which 1 concern, 1 action point.`);
    // And in the plural otherwise, zero included.
    const none = { ...one, notes: [{ ...note!, kind: 'answer' as const }, { ...note!, kind: 'idea' as const }] };
    expect(paragraphs(buildReport(none, defaultPack, opts(nl)))).toContain(`1 deelnemer, 0 van ${questions} vragen besproken, 2 notities, waarvan 0 zorgen, 1 actiepunt.`);
  });

  it('calls the preconditions in place only as far as the group judged them, and names the rest as not judged', () => {
    const g = fullWorkshop();
    // A stored proposal of an earlier version ("in place", not confirmed) and the group's own "in place".
    const inPlace = (confirmed: boolean) => ({ state: 'in-place' as const, explanation: confirmed ? 'Besproken.' : 'Doel, grenzen en datasets zijn opgeschreven.', confirmed, overrideReason: '', dismissedSuggestions: [], updatedAt: g.workshop.updatedAt });
    // The first `unconfirmed` preconditions are such proposals, the rest the group's.
    const scan = (unconfirmed: number) => Object.fromEntries(PRECONDITIONS.map((p, i) => [p, inPlace(i >= unconfirmed)])) as unknown as typeof g.workshop.preconditions;
    const summary = (unconfirmed: number) => JSON.stringify(sectionOf(buildReport({ ...g, workshop: { ...g.workshop, preconditions: scan(unconfirmed) } }, defaultPack, opts(nl)), 'summary'));
    expect(summary(0)).toContain('Alle vijf randvoorwaarden zijn op orde.');
    expect(summary(1)).not.toContain('Alle vijf');
    expect(summary(1)).toContain('Wat de groep beoordeelde, is op orde; 1 randvoorwaarde is niet beoordeeld.');
    expect(summary(1)).toContain('Nog niet beoordeeld door de groep: Doelbinding.');
    expect(summary(2)).toContain('2 randvoorwaarden zijn niet beoordeeld');
    // Nothing judged: said once, with no state for any of them.
    expect(summary(5)).toContain('De groep heeft de randvoorwaarden niet beoordeeld.');
    expect(summary(5)).not.toContain('op orde');
  });
  it('says each heading of the summary once: the block under a heading does not repeat it', () => {
    const full = fullWorkshop();
    for (const [t, g] of [
      [nl, full],
      [en, { ...full, workshop: { ...full.workshop, lang: 'en' as const } }],
      [nl, smallGraph()],
    ] as const) {
      const s = sectionOf(buildReport(g, defaultPack, opts(t)), 'summary');
      const seen: string[] = [];
      s.blocks.forEach((b, i) => {
        if (b.kind !== 'heading') return;
        seen.push(b.text);
        const next = s.blocks[i + 1];
        const echoes = next?.kind === 'notice' ? [next.title] : next?.kind === 'fields' ? next.fields.map((f) => f.label) : next?.kind === 'heading' ? [next.text] : [];
        expect(echoes, b.text).not.toContain(b.text);
      });
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toContain(t === nl ? 'Randvoorwaarden' : 'Preconditions');
    }
  });

  it('says plainly which key roles were missing', () => {
    const m = buildReport(smallGraph(), defaultPack, opts(nl));
    const notice = blocksOf(sectionOf(m, 'summary'), 'notice').find((n) => n.tone === 'warning' && n.text.includes('ontbraken'));
    expect(notice?.text).toBe('Bij deze workshop ontbraken: projectleider of eigenaar en communicatieadviseur. Houd daar rekening mee bij het lezen van dit verslag.');
    expect(blocksOf(sectionOf(m, 'participants'), 'notice')[0]).toMatchObject({ tone: 'warning', title: 'Ontbrekende sleutelrollen' });
  });

  it('names the parties that should have been at the table, in the summary and with their reason in the chapter', () => {
    const g = fullWorkshop();
    const absent = [
      { id: 'x1' as never, party: 'De leverancier van de sensoren', reason: 'Niet uitgenodigd; vragen over de vulgraadmeting bleven open.' },
      { id: 'x2' as never, party: 'Wijkraad', reason: '' },
    ];
    const m = buildReport({ ...g, workshop: { ...g.workshop, absent } }, defaultPack, opts(nl));
    expect(blocksOf(sectionOf(m, 'summary'), 'paragraph').map((p) => p.text)).toContain('Had aan tafel moeten zitten, maar was er niet: De leverancier van de sensoren en Wijkraad.');
    const table = blocksOf(sectionOf(m, 'participants'), 'table')[1];
    expect(table?.rows).toEqual([
      { cells: ['De leverancier van de sensoren', 'Niet uitgenodigd; vragen over de vulgraadmeting bleven open.'], emphasis: 'mark' },
      { cells: ['Wijkraad', 'niet vastgelegd'], emphasis: 'mark' },
    ]);
    // Nobody recorded as missing: no such line or table.
    const none = buildReport(g, defaultPack, opts(nl));
    expect(allText(none)).not.toContain('Had aan tafel moeten zitten');
  });

  it('lists the parking lot in the summary: parked questions with their reason, then open questions', () => {
    const m = buildReport(fullWorkshop(), defaultPack, opts(nl));
    const s = sectionOf(m, 'summary');
    const i = s.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Parkeerplaats');
    const list = s.blocks.slice(i).find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items).toEqual([
      'Open vraag: Mogen we de pasjesdata hiervoor gebruiken? (Bron)',
      expect.stringMatching(/^Geparkeerd: .+ \(Visualisatie\)\. Eerst de kaartweergave ontwerpen; terugkomen in de pilot\.$/),
    ]);
    const fresh = buildReport({ ...fullWorkshop(), notes: [], questionStates: [] }, defaultPack, opts(en));
    const j = sectionOf(fresh, 'summary').blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Parking lot');
    expect(sectionOf(fresh, 'summary').blocks[j + 1]).toEqual({ kind: 'paragraph', style: 'subtle', text: 'Nothing stayed parked and there are no open questions.' });
  });

  it('says of a value of both lists that it is both, not an organisation value', () => {
    const g = fullWorkshop();
    const entries = g.workshop.values.entries.map((e) => (e.label === 'Privacy' ? { ...e, source: 'both' as const } : e));
    const m = buildReport({ ...g, workshop: { ...g.workshop, values: { ...g.workshop.values, entries } } }, defaultPack, opts(nl));
    const core = blocksOf(sectionOf(m, 'values'), 'list')[0];
    expect(core?.items[0]).toBe('Privacy (waarde van de organisatie die het project ook raakt): Uit het coalitieakkoord.');
    expect(core?.items[1]).toBe('Efficiëntie (waarde die het project raakt): Minder lege ritten.');
  });

  it('says that all key roles were there when they were', () => {
    const m = buildReport(fullWorkshop(), defaultPack, opts(nl));
    expect(blocksOf(sectionOf(m, 'participants'), 'notice')[0]).toMatchObject({ tone: 'positive', title: 'Alle sleutelrollen waren aanwezig.' });
  });
});

describe('buildReport: a fresh workshop', () => {
  const fresh = () => ({ workshop: workshop(), participants: [], notes: [], questionStates: [], actionPoints: [], attachments: [] });

  it('still gives every section, and says what is missing', () => {
    const m = buildReport(fresh(), defaultPack, opts(nl));
    expect(m.sections.map((s) => s.id)).not.toContain('other-notes');
    expect(m.cover.outcome).toEqual({ label: 'Uitkomst', value: 'Nog geen besluit genomen', tone: 'neutral' });
    const summary = sectionOf(m, 'summary');
    const texts = summary.blocks.map((b) => ('text' in b ? b.text : ''));
    expect(texts).toContain('Er is nog geen doel vastgelegd.');
    expect(texts).toContain('De groep heeft nog geen besluit vastgelegd. Dit verslag beschrijft de stand van de workshop op het moment van maken.');
    expect(texts).toContain('De groep heeft geen voorwaarden gesteld.');
    // Not judged: no state for any precondition, and no app proposal in its place.
    expect(texts).toContain('De groep heeft de randvoorwaarden niet beoordeeld.');
    expect(JSON.stringify(summary)).not.toMatch(/Doelbinding \(|ontbreekt\)|voorstel/);
    expect(texts).toContain(
      'Nog niet vastgelegd: het doel van het project, de deelnemers en hun rollen, de waarden, notities bij de vragen, actiepunten, de beoordeling van de randvoorwaarden en het besluit.',
    );
    expect(blocksOf(sectionOf(m, 'participants'), 'paragraph')[0]?.text).toBe('Er zijn geen deelnemers vastgelegd.');
    expect(blocksOf(sectionOf(m, 'values'), 'paragraph')[0]?.text).toBe('Er zijn nog geen waarden vastgelegd.');
    expect(blocksOf(sectionOf(m, 'actions'), 'paragraph')[0]?.text).toBe('Er zijn geen actiepunten vastgelegd.');
    expect(blocksOf(sectionOf(m, 'photos'), 'paragraph')[0]?.text).toBe('Er zijn geen foto’s toegevoegd.');
    expect(sectionOf(m, 'photos').startsPage).toBe(false);
    const questions = m.sections.flatMap((s) => blocksOf(s, 'question'));
    expect(questions.length).toBe(defaultPack.groups.flatMap((g) => g.topics.flatMap((t) => t.questions)).length);
    expect(questions.every((q) => q.empty === 'Geen notities.')).toBe(true);
  });

  it('lists nothing as missing once everything is recorded', () => {
    expect(missingParts(fullWorkshop(), defaultPack)).toEqual([]);
    expect(missingParts(fresh(), defaultPack)).toEqual(['goal', 'participants', 'values', 'notes', 'actions', 'preconditions', 'decision']);
  });
});

describe('buildReport: tables, photos, appendix', () => {
  it('lists the action points with owner, due date, priority, status and condition', () => {
    const m = buildReport(fullWorkshop(), defaultPack, opts(nl));
    const table = blocksOf(sectionOf(m, 'actions'), 'table')[0];
    expect(table?.columns.map((c) => c.label)).toEqual(['Actiepunt', 'Eigenaar', 'Uiterlijk', 'Prioriteit', 'Status', 'Voorwaarde']);
    expect(table?.rows).toEqual([
      { cells: ['DPIA uitvoeren voor de koppeling met pasjesdata\nMet de FG en de leverancier.', NAMES.po, '15 jan 2027', 'hoog', 'open', 'ja'], emphasis: 'mark' },
      { cells: ['Bewoners informeren', 'communicatieadviseur', '1 feb 2027', 'gemiddeld', 'open', 'nee'], emphasis: 'none' },
      { cells: ['Sensoren eerlijk over wijken verdelen', 'Team Afval', 'geen datum', 'hoog', 'bezig', 'ja'], emphasis: 'mark' },
      // Why it was dropped goes under the title, so the status column holds a single word.
      { cells: ['Dashboard voor de raad\nVervallen: De raad krijgt een kwartaalrapportage.', 'nog niemand', 'geen datum', 'laag', 'vervallen', 'nee'], emphasis: 'muted' },
    ]);
    // Short cells of a fixed kind are kept on one line.
    expect(table?.columns.map((c) => c.keep === true)).toEqual([false, false, true, true, true, true]);
    // A point marked done says what was done, by whom and when, as told; or that nothing was told.
    const g0 = fullWorkshop();
    const [first, second, ...rest] = g0.actionPoints;
    const done = [
      { ...first!, status: 'done' as const, done: { note: 'DPIA afgerond, koppeling alleen geanonimiseerd', by: 'Łukasz', on: '2027-01-10' as never } },
      { ...second!, status: 'done' as const },
      ...rest,
    ];
    const doneRows = blocksOf(sectionOf(buildReport({ ...g0, actionPoints: done }, defaultPack, opts(nl)), 'actions'), 'table')[0]?.rows ?? [];
    expect(doneRows[0]?.cells[0]).toBe('DPIA uitvoeren voor de koppeling met pasjesdata\nMet de FG en de leverancier.\nGedaan: DPIA afgerond, koppeling alleen geanonimiseerd door Łukasz, op 10 jan 2027');
    expect(doneRows[1]?.cells[0]).toBe('Bewoners informeren\nGedaan, zonder toelichting wat, door wie of wanneer.');
    const g = fullWorkshop();
    const english = blocksOf(sectionOf(buildReport({ ...g, workshop: { ...g.workshop, lang: 'en' } }, defaultPack, opts(en)), 'actions'), 'table')[0];
    expect(english?.rows.map((r) => r.cells[2])).toEqual(['15 Jan 2027', '1 Feb 2027', 'no date', 'no date']);
  });

  it('shows the preconditions scan as the group judged it, and a precondition it did not judge without a state', () => {
    const m = buildReport(fullWorkshop(), defaultPack, opts(nl));
    const rows = blocksOf(sectionOf(m, 'preconditions'), 'table')[0]?.rows ?? [];
    expect(rows.map((r) => r.cells[1])).toEqual(['op orde', 'deels op orde', 'nog niet beoordeeld', 'ontbreekt', 'op orde']);
    expect(rows[3]).toEqual({ cells: ['Politiek draagvlak', 'ontbreekt', 'De raad is nog niet betrokken.'], emphasis: 'mark' });
    expect(rows[2]).toEqual({ cells: ['Gemeenschappelijke taal en integraal werken', 'nog niet beoordeeld', 'De groep heeft deze randvoorwaarde niet beoordeeld.'], emphasis: 'muted' });
    const g = fullWorkshop();
    const english = blocksOf(sectionOf(buildReport({ ...g, workshop: { ...g.workshop, lang: 'en' } }, defaultPack, opts(en)), 'preconditions'), 'table')[0]?.rows ?? [];
    expect(english[2]?.cells.slice(1)).toEqual(['not yet judged', 'The group has not judged this precondition.']);
  });
  it('reads a proposal stored by an earlier version as not judged, in the table and in the summary', () => {
    const g = fullWorkshop();
    const pc = g.workshop.preconditions;
    // What the earlier version stored for "a councillor at the table": in place, unconfirmed, its own words.
    const old = { ...pc['political-support'], state: 'in-place' as const, confirmed: false, explanation: 'Er zit een wethouder of raadslid aan tafel.', overrideReason: '' };
    const w = { ...g, workshop: { ...g.workshop, preconditions: { ...pc, 'political-support': old, 'privacy-officer-involved': { ...pc['privacy-officer-involved'], state: 'partly' as const, confirmed: false } } } };
    const m = buildReport(w, defaultPack, opts(nl));
    const rows = blocksOf(sectionOf(m, 'preconditions'), 'table')[0]?.rows ?? [];
    expect(rows[3]?.cells).toEqual(['Politiek draagvlak', 'nog niet beoordeeld', 'De groep heeft deze randvoorwaarde niet beoordeeld.']);
    const notice = blocksOf(sectionOf(m, 'summary'), 'notice').find((n) => n.title === 'Aandacht nodig')?.text;
    expect(notice).toBe('Verantwoording (deels op orde).');
    expect(blocksOf(sectionOf(m, 'summary'), 'paragraph').map((p) => p.text)).toContain(
      'Nog niet beoordeeld door de groep: Gemeenschappelijke taal en integraal werken, Politiek draagvlak en Privacy officer of FG vanaf het begin betrokken.',
    );
    expect(allText(m)).not.toContain('wethouder of raadslid aan tafel');
  });
  it('gives the group’s reason, also the reason to differ that an earlier version stored, in both languages', () => {
    const g = fullWorkshop();
    const pc = g.workshop.preconditions;
    const differs = { ...g, workshop: { ...g.workshop, preconditions: { ...pc, 'political-support': { ...pc['political-support'], confirmed: true, state: 'missing' as const, explanation: '', overrideReason: 'De raad weet nog van niets.' } } } };
    const cell = (m: ReportModel) => blocksOf(sectionOf(m, 'preconditions'), 'table')[0]?.rows[3]?.cells.slice(1);
    expect(cell(buildReport(differs, defaultPack, opts(nl)))).toEqual(['ontbreekt', 'De raad weet nog van niets.']);
    expect(cell(buildReport({ ...differs, workshop: { ...differs.workshop, lang: 'en' } }, defaultPack, opts(en)))).toEqual(['missing', 'De raad weet nog van niets.']);
  });
  it('says no reason was recorded for a proposal an earlier version let the group confirm, without the app’s words', () => {
    const g = fullWorkshop();
    const pc = g.workshop.preconditions;
    const judged = { confirmed: true, overrideReason: '', explanation: '' };
    const scan = {
      ...pc,
      // Confirmed with an earlier version: nothing stored but the state.
      'purpose-limitation': { ...pc['purpose-limitation'], ...judged, state: 'in-place' as const },
      // Confirmed by an older one still, which stored the app's Dutch reason as the explanation.
      'integrated-work': { ...pc['integrated-work'], ...judged, state: 'in-place' as const, explanation: 'Aan tafel zitten vier of meer vakgebieden.' },
    };
    const w = { ...g, workshop: { ...g.workshop, preconditions: scan } };
    const rows = blocksOf(sectionOf(buildReport(w, defaultPack, opts(nl)), 'preconditions'), 'table')[0]?.rows ?? [];
    expect(rows.map((r) => r.cells[2])).toEqual([
      'Geen reden vastgelegd (beoordeeld met een eerdere versie van de app).',
      'Eigenaar bekend, verantwoording aan de raad nog niet geregeld.',
      'Geen reden vastgelegd (beoordeeld met een eerdere versie van de app).',
      'De raad is nog niet betrokken.',
      `${NAMES.po} zit vanaf het begin aan tafel.`,
    ]);
    const m = buildReport({ ...w, workshop: { ...w.workshop, lang: 'en' } }, defaultPack, opts(en));
    const english = blocksOf(sectionOf(m, 'preconditions'), 'table')[0]?.rows ?? [];
    expect(english[2]?.cells[2]).toBe('No reason recorded (judged with an earlier version of the app).');
    expect(allText(m)).not.toContain('Aan tafel zitten');
    expect(allText(m)).not.toMatch(/proposed by the app|voorstel van de app/);
  });
  it('captions photos with their number and what they belong to, oldest first', () => {
    const g = fullWorkshop({ photos: 3 });
    const photos = blocksOf(sectionOf(buildReport(g, defaultPack, opts(nl)), 'photos'), 'photo');
    expect(photos.map((p) => p.label)).toEqual(['Foto 1 · bij de workshop', 'Foto 2 · bij Privacy', 'Foto 3 · bij de workshop']);
    expect(photos[0]).toMatchObject({ attachmentId: g.attachments[0]?.id, caption: `De poster van de ochtend, met de post-its van ${NAMES.facilitator}`, width: 1600, height: 1200 });
  });

  it('names the pack, its version, the export date and the app version, and the bundle when given', () => {
    const without = sectionOf(buildReport(fullWorkshop(), defaultPack, opts(nl)), 'appendix');
    const fields = blocksOf(without, 'fields')[0]?.fields ?? [];
    expect(fields.map((f) => [f.label, f.value]).slice(1, 3)).toEqual([
      ['Kenmerk van de vragenset', 'nl.dedatafel.default'],
      ['Versie van de vragenset', '1.0.0'],
    ]);
    expect(fields.find((f) => f.label === 'Versie van DEDA Tafel')?.value).toBe('9.8.7');
    expect(fields.find((f) => f.label === 'Gemaakt op')?.value).toMatch(/12 nov.* 2026/);
    expect(blocksOf(without, 'paragraph').map((p) => p.text)).toContain('Dit verslag is los gemaakt, zonder bundel.');

    const bundle = { signerFingerprint: 'SHA256:ab:cd:ef', sha256: 'f'.repeat(64) };
    const withBundle = sectionOf(buildReport(fullWorkshop(), defaultPack, opts(nl, { bundle })), 'appendix');
    expect(blocksOf(withBundle, 'fields')[1]?.fields).toEqual([
      { label: 'Vingerafdruk van de ondertekenaar', value: 'SHA256:ab:cd:ef' },
      { label: 'SHA-256 van de ondertekende inhoud (payload)', value: 'f'.repeat(64) },
    ]);
  });
});

describe('buildReport: language and metadata', () => {
  it('writes the report in the workshop language, whatever the interface says', () => {
    const g = fullWorkshop();
    const english = { ...g, workshop: { ...g.workshop, lang: 'en' as const } };
    const m = buildReport(english, defaultPack, opts(en));
    expect(m.sections.slice(0, 4).map((s) => s.title)).toEqual(['Summary', 'Project and goal', 'Participants and roles', 'Values']);
    const topic = defaultPack.groups[0]?.topics[0];
    expect(blocksOf(sectionOf(m, `topic:${topic?.id}`), 'question')[0]?.text).toBe(topic?.questions[0]?.text.en);
    expect(m.cover.fields[2]?.value).toBe('12 November 2026');
    expect(m.meta.language).toBe('en-GB');
    expect(allText(m)).not.toContain('Zorgen');
  });

  it('fills the document metadata and a safe file name from the title and date', () => {
    const g = fullWorkshop();
    const m = buildReport({ ...g, workshop: { ...g.workshop, title: 'Afval: "slim"/dom?' } }, defaultPack, opts(nl));
    expect(m.meta).toMatchObject({ title: 'Afval: "slim"/dom?', author: NAMES.facilitator, language: 'nl-NL', creator: 'DEDA Tafel 9.8.7', createdAt: EXPORTED });
    expect(m.meta.subject).toBe('Verslag van een DEDA-workshop over de ethiek van het dataproject Sensoren in ondergrondse containers');
    expect(m.meta.keywords).toContain('DEDA');
    expect(m.meta.keywords).toContain('Gemeente Voorbeeld');
    expect(m.fileName).toBe('2026-11-12 Afval- -slim-dom- DEDA-verslag');
  });
});

describe('buildReport: DPIA and IAMA', () => {
  it('says the group did not answer, when it did not', () => {
    const s = sectionOf(buildReport(fullWorkshop(), defaultPack, opts(nl)), 'screening');
    expect(allText({ sections: [s] } as unknown as ReportModel)).toContain('De groep heeft deze vragen niet beantwoord.');
    expect(blocksOf(s, 'table')).toHaveLength(0);
  });

  it('lists only what was answered, with the advice and its reasons, in the workshop’s language', () => {
    const g = fullWorkshop();
    const screened = {
      ...g,
      workshop: {
        ...g.workshop,
        screening: { ...g.workshop.screening, personalData: 'yes' as const, dpia: { 'vulnerable-people': 'yes' as const, 'combining-data': 'unknown' as const }, apList: ['fraud-prevention' as const], iama: { 'algorithm-about-people': 'yes' as const, 'affects-rights': 'yes' as const }, note: 'Nagevraagd bij de FG.' },
      },
    };
    const s = sectionOf(buildReport(screened, defaultPack, opts(nl)), 'screening');
    const [dpiaTable, iamaTable] = blocksOf(s, 'table');
    expect(dpiaTable?.rows.map((r) => r.cells[1])).toEqual(['Ja', 'Weet niet', 'Ja']);
    expect(dpiaTable?.rows[2]).toEqual({ cells: ['Gaat het om mensen in een kwetsbare of afhankelijke positie, zoals mensen in de bijstand, kinderen of patiënten?', 'Ja'], emphasis: 'mark' });
    expect(iamaTable?.rows).toHaveLength(2);
    const [dpiaAdvice, iamaAdvice] = blocksOf(s, 'notice');
    expect(dpiaAdvice?.title).toBe('Uitkomst: Een DPIA is verplicht');
    expect(dpiaAdvice?.text).toContain('Fraudebestrijding');
    expect(dpiaAdvice?.tone).toBe('warning');
    expect(iamaAdvice?.title).toBe('Uitkomst: Een IAMA is aan te raden');
    expect(blocksOf(s, 'paragraph').map((p) => p.text)).toContain('Nagevraagd bij de FG.');

    const english = sectionOf(buildReport({ ...screened, workshop: { ...screened.workshop, lang: 'en' } }, defaultPack, opts(en)), 'screening');
    expect(blocksOf(english, 'notice')[0]?.title).toBe('Outcome: A DPIA is required');
    expect(blocksOf(english, 'table')[0]?.rows.map((r) => r.cells[1])).toEqual(['Yes', "Don't know", 'Yes']);
  });
});
