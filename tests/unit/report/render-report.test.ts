// Why: the PDF must read right for a person and for a machine: every section and every note
// comes back out of it as text (so it is searchable), names in any script survive, the fonts
// are embedded, nothing is drawn on top of anything else, and the archival parts (output
// intent, XMP, language) are there. Poppler's tools read the file as any reader would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActionPoint } from '../../../src/domain/action-point';
import type { ActionPointId, NoteId, ParticipantId, QuestionId } from '../../../src/domain/ids';
import type { Note } from '../../../src/domain/note';
import type { Participant } from '../../../src/domain/participant';
import type { WorkshopGraph } from '../../../src/domain/workshop-graph';
import { infoText } from '../../../src/report/pdf/pdfa';
import type { ReportModel } from '../../../src/report/report-model';
import { T0, workshop } from '../support/fixtures';
import { fullWorkshop, MONEY, NAMES } from './full-workshop';
import { pdfOf } from './render-support';

const dir = mkdtempSync(join(tmpdir(), 'deda-report-'));
let n = 0;
function save(pdf: Uint8Array): string {
  n += 1;
  const file = join(dir, `report-${n}.pdf`);
  writeFileSync(file, pdf);
  return file;
}
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const squash = (s: string) => s.replace(/\s+/g, '');
const latin1 = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1');
// Rendering whole PDFs takes a second or two each, more on a busy machine.

describe('renderReport: text', { timeout: 60_000 }, () => {
  it('prints every section, every note and every name as searchable text', async () => {
    const graph = fullWorkshop({ notes: 150, photos: 3 });
    const { model, pdf } = await pdfOf(graph);
    const file = save(pdf);
    const text = run('pdftotext', [file, '-']);
    // A note may run over a page break: leave the running header and footer out when matching.
    const running = new Set(['DEDA Tafel', 'Slimme vuilcontainers', 'Verslag van een DEDA-workshop']);
    const flat = squash(
      text
        .split('\n')
        .filter((l) => !running.has(l.trim()) && !/^\f?Pagina \d+ van \d+$/.test(l.trim()))
        .join('\n'),
    );
    for (const s of model.sections) expect(text, s.title).toContain(s.title);
    for (const note of graph.notes) expect(flat, note.text.slice(0, 40)).toContain(squash(note.text));
    for (const name of [...Object.values(NAMES), MONEY, 'Zoë Ørsted-Çelik']) expect(text).toContain(name);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);
    expect(pages).toBeGreaterThan(10);
    expect(text).toContain(`Pagina 2 van ${pages}`);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
    // The running header carries the title on every page after the cover.
    expect(text.split('\f').slice(1, pages).every((page) => page.includes('Slimme vuilcontainers'))).toBe(true);
  });

  it('writes an English workshop in English', async () => {
    const g = fullWorkshop();
    const { pdf } = await pdfOf({ ...g, workshop: { ...g.workshop, lang: 'en' } });
    const text = run('pdftotext', [save(pdf), '-']);
    for (const heading of ['Summary', 'Participants and roles', 'Action points', 'Preconditions', 'Provenance', 'Page 2 of']) expect(text).toContain(heading);
    expect(text).not.toContain('Samenvatting');
  });

  it('makes a sensible report of a fresh workshop', async () => {
    const fresh: WorkshopGraph = { workshop: workshop(), participants: [], notes: [], questionStates: [], actionPoints: [], attachments: [] };
    const { pdf } = await pdfOf(fresh);
    const text = run('pdftotext', [save(pdf), '-']);
    expect(text).toContain('Nog geen besluit genomen');
    expect(squash(text)).toContain(squash('Nog niet vastgelegd: het doel van het project'));
    expect(text).toContain('Er zijn geen deelnemers vastgelegd.');
  });

  it('shows a character Noto Sans lacks from a fallback font, not as a box or nothing', async () => {
    const g = fullWorkshop();
    const first = g.notes[0] as Note;
    const odd: Note = { ...first, id: 'f0000000-0000-4000-8000-000000000001' as NoteId, questionId: 'privacy.necessity' as QuestionId, text: 'Goed idee 👍 ↔ klaar', order: 0, createdAt: T0 };
    const { pdf } = await pdfOf({ ...g, notes: [...g.notes, odd] });
    const text = run('pdftotext', [save(pdf), '-']);
    expect(text).toContain('Goed idee 👍 ↔ klaar');
    expect(text).not.toContain('\ufffd');
  });

  it('says so in place of a photo whose image cannot be read', async () => {
    const g = fullWorkshop({ photos: 1 });
    const broken = { ...g.attachments[0], blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' }), mediaType: 'image/webp' as const };
    const { pdf } = await pdfOf({ ...g, attachments: [broken as (typeof g.attachments)[number]] });
    const text = run('pdftotext', [save(pdf), '-']);
    expect(text).toContain('Deze foto kon niet in het verslag worden opgenomen.');
    expect(text).toContain('Foto 1 · bij de workshop');
  });
});

interface Word {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

function words(file: string): { words: Word[]; width: number; height: number } {
  const html = run('pdftotext', ['-bbox', file, '-']);
  const out: Word[] = [];
  let page = 0;
  let width = 0;
  let height = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (p) {
      page += 1;
      width = Number(p[1]);
      height = Number(p[2]);
      continue;
    }
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) out.push({ page, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] ?? '' });
  }
  return { words: out, width, height };
}

/** The text lines of each page, as a reader's tool groups them (a table cell's line is a line). */
function linesByPage(file: string): string[][] {
  const html = run('pdftotext', ['-bbox-layout', file, '-']);
  return html
    .split('<page ')
    .slice(1)
    .map((page) => [...page.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)].map((l) => [...(l[1] ?? '').matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ')));
}

/** A workshop with `extra` more people at the table, which pushes the values down the page. */
function withExtraPeople(extra: number): WorkshopGraph {
  const g = fullWorkshop();
  const base = g.participants[1] as Participant;
  const more = Array.from({ length: extra }, (_, i): Participant => ({ ...base, id: `a9000000-0000-4000-8000-${String(i).padStart(12, '0')}` as ParticipantId, name: `Deelnemer ${i + 1}`, order: 10 + i }));
  return { ...g, participants: [...g.participants, ...more] };
}

describe('renderReport: layout', { timeout: 60_000 }, () => {
  it('keeps every word inside the page and never draws text over text, long notes included', async () => {
    const { pdf } = await pdfOf(fullWorkshop({ notes: 400, photos: 2 }));
    const { words: all, width, height } = words(save(pdf));
    expect(all.length).toBeGreaterThan(5000);
    const mm = 72 / 25.4;
    for (const w of all) {
      expect(w.x0, w.text).toBeGreaterThanOrEqual(20 * mm);
      expect(w.x1, w.text).toBeLessThanOrEqual(width - 20 * mm);
      expect(w.y0, w.text).toBeGreaterThanOrEqual(10 * mm);
      expect(w.y1, w.text).toBeLessThanOrEqual(height - 5 * mm);
    }
    const overlaps: string[] = [];
    const byPage = new Map<number, Word[]>();
    for (const w of all) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
    for (const [page, list] of byPage) {
      list.sort((a, b) => a.y0 - b.y0);
      for (let i = 0; i < list.length; i += 1) {
        const a = list[i] as Word;
        for (let j = i + 1; j < list.length && (list[j] as Word).y0 < a.y1; j += 1) {
          const b = list[j] as Word;
          const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
          const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
          // Glyph boxes of neighbouring lines may touch; real overlap is more than a sliver.
          if (dx > 1 && dy > 2) overlaps.push(`page ${page}: "${a.text}" / "${b.text}"`);
        }
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('lists every chapter and topic on the contents page with the page it starts on, and as bookmarks', async () => {
    const { model, pdf } = await pdfOf(fullWorkshop({ notes: 200, photos: 3 }));
    const file = save(pdf);
    const contents = run('pdftotext', ['-layout', '-f', '2', '-l', '2', file, '-']);
    expect(contents).toContain('Inhoud');
    const entries = [...contents.matchAll(/^\s*(\d+(?:\.\d+)?)\s+(.+?)\s{2,}(\d+)\s*$/gm)].map((m) => ({ number: m[1], title: m[2], page: Number(m[3]) }));
    expect(entries.map((e) => `${e.number} ${e.title}`)).toEqual(model.sections.map((s) => `${s.number} ${s.title}`));
    for (const e of entries) expect(run('pdftotext', ['-f', String(e.page), '-l', String(e.page), file, '-']), `${e.title} on page ${e.page}`).toContain(e.title ?? '');
    const raw = latin1(pdf);
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    expect(raw).toContain('/Title (1 Samenvatting)');
  });

  it('keeps the short cells of the action points on one line and breaks no word in that table, in Dutch and in English', async () => {
    const g = fullWorkshop();
    for (const lang of ['nl', 'en'] as const) {
      const { model, pdf } = await pdfOf({ ...g, workshop: { ...g.workshop, lang } });
      const table = model.sections.find((s) => s.id === 'actions')?.blocks.find((b) => b.kind === 'table');
      if (table?.kind !== 'table') throw new Error('no action table');
      const pages = linesByPage(save(pdf));
      const lines = pages.find((p, i) => i > 1 && p.includes(table.columns[0]?.label ?? '') && p.includes(table.columns[1]?.label ?? '')) ?? [];
      expect(lines.length, lang).toBeGreaterThan(0);
      // Every header stands whole on one line (no "Voorwaar" + "de").
      expect(lines, lang).toEqual(expect.arrayContaining(table.columns.map((c) => c.label)));
      const words = new Set(lines.flatMap((l) => l.split(' ')));
      for (const row of table.rows)
        row.cells.forEach((cell, i) => {
          // A date, a priority, a status, yes or no: the whole cell on one line ("15 dec 2026", "gemiddeld").
          if (table.columns[i]?.keep) expect(lines, `${lang}: ${cell}`).toContain(cell);
          // Elsewhere lines may wrap, but only between words ("communicatieadviseur" whole).
          else for (const word of cell.split(/\s+/)) expect(words.has(word), `${lang}: ${word}`).toBe(true);
        });
    }
  });

  it('does not leave the short tail of a chapter alone on a nearly empty page', async () => {
    let tails = 0;
    for (const extra of [0, 1, 3]) {
      const { pdf } = await pdfOf(withExtraPeople(extra));
      const file = save(pdf);
      const { words: all } = words(file);
      const pages = linesByPage(file);
      const mm = 72 / 25.4;
      // From the summary to the page before the last: each is at least a third full.
      for (let page = 3; page < pages.length; page += 1) {
        const body = all.filter((w) => w.page === page && w.y0 > 25 * mm && w.y1 < 281 * mm);
        const bottom = Math.max(...body.map((w) => w.y1)) / mm;
        expect(bottom, `extra ${extra}, page ${page}`).toBeGreaterThan(27 + 252 / 3);
      }
      const pageOf = (line: string) => pages.findIndex((p, i) => i > 1 && p.includes(line));
      if (pageOf('Botsende waarden') > pageOf('Kernwaarden, belangrijkste eerst')) {
        tails += 1;
        // The next chapter follows the tail on its page instead of starting a new one.
        expect(pageOf('Onderwerpen'), `extra ${extra}`).toBe(pageOf('Botsende waarden'));
      }
    }
    // The case this is about did occur: the values ran over onto the next page.
    expect(tails).toBeGreaterThan(0);
  });

  it('repeats the table header on every page a long table runs over', async () => {
    const g = fullWorkshop();
    const base = g.actionPoints[1] as ActionPoint;
    const many: ActionPoint[] = Array.from({ length: 60 }, (_, i) => ({ ...base, id: `c1000000-0000-4000-8000-${String(i).padStart(12, '0')}` as ActionPointId, title: `Actie ${i + 1} met een titel die over twee regels kan lopen in de smalle kolom`, order: i }));
    const { pdf } = await pdfOf({ ...g, actionPoints: many });
    const text = run('pdftotext', [save(pdf), '-']);
    const pagesWithRows = text.split('\f').filter((p) => /Actie \d+ met/.test(p));
    expect(pagesWithRows.length).toBeGreaterThan(1);
    for (const p of pagesWithRows) expect(p).toMatch(/Actiepunt\s+Eigenaar\s+Uiterlijk/);
  });
});

describe('renderReport: fonts and archival parts', { timeout: 60_000 }, () => {
  it('embeds both weights of Noto Sans as Unicode subsets and no other font', async () => {
    const { pdf } = await pdfOf(fullWorkshop());
    const rows = run('pdffonts', [save(pdf)]).trim().split('\n').slice(2);
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(['DEDATR+NotoSans-Regular', 'DEDATB+NotoSans-Bold']);
    for (const r of rows) expect(r).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('carries an sRGB output intent, PDF/A-2a XMP that agrees with the document info, and the language', async () => {
    const { model, pdf } = await pdfOf(fullWorkshop());
    const raw = latin1(pdf);
    expect(raw.startsWith('%PDF-1.7\n%')).toBe(true);
    expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(raw).toContain('/Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)');
    expect(raw).toMatch(/\/Lang \(nl-NL\)/);
    expect(raw).toMatch(/\/ID \[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]/i);
    // The metadata stream is uncompressed (no /Filter), as PDF/A wants.
    expect(raw).toMatch(/<<\n\/Type \/Metadata\n\/Subtype \/XML\n\/Length \d+\n>>\nstream\n<\?xpacket/);
    const file = save(pdf);
    const xmp = run('pdfinfo', ['-meta', file]);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    const info = run('pdfinfo', [file]);
    const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)?.[1];
    const meta: ReportModel['meta'] = model.meta;
    expect(field('Title')).toBe(meta.title);
    expect(field('Author')).toBe(NAMES.facilitator);
    expect(xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${meta.title}</rdf:li></rdf:Alt></dc:title>`);
    expect(xmp).toContain(`<dc:creator><rdf:Seq><rdf:li>${NAMES.facilitator}</rdf:li></rdf:Seq></dc:creator>`);
    expect(xmp).toContain(`<pdf:Keywords>${field('Keywords')}</pdf:Keywords>`);
    expect(xmp).toContain(`<pdf:Producer>${field('Producer')}</pdf:Producer>`);
    expect(xmp).toContain(`<xmp:CreatorTool>${field('Creator')}</xmp:CreatorTool>`);
    expect(raw).toContain("/CreationDate (D:20261112153000+00'00')");
    expect(xmp).toContain('<xmp:CreateDate>2026-11-12T15:30:00+00:00</xmp:CreateDate>');
  });

  it('keeps names with a carriage-return byte in UTF-16 intact in the document info', async () => {
    expect(infoText('Čapek č')).toBe('Čapek c\u030c');
    expect(infoText('Łukasz\tWróbel\n')).toBe('Łukasz Wróbel');
    const g = fullWorkshop();
    const { pdf } = await pdfOf({ ...g, workshop: { ...g.workshop, facilitator: 'Jiří Čapek' } });
    expect(run('pdfinfo', [save(pdf)])).toMatch(/^Author:\s+Jiří Čapek$/m);
  });
});
