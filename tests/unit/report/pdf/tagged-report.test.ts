// Why: a privacy officer files the report and a council reads it, also with a screen reader, so
// the PDF must be tagged (PDF/UA) and show every character a user typed. These tests read the
// file back with readers that share no code with ours: Mozilla's pdf.js for the structure tree
// and the marked content, poppler (pdfinfo, pdftotext, pdffonts) and qpdf for the file itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { NoteId, ParticipantId, QuestionId } from '../../../../src/domain/ids';
import type { Note } from '../../../../src/domain/note';
import type { Participant } from '../../../../src/domain/participant';
import type { WorkshopGraph } from '../../../../src/domain/workshop-graph';
import type { Block } from '../../../../src/report/report-model';
import { T0 } from '../../support/fixtures';
import { fullWorkshop } from '../full-workshop';
import { pdfOf } from '../render-support';

const dir = mkdtempSync(join(tmpdir(), 'deda-tagged-'));
let n = 0;
function save(pdf: Uint8Array): string {
  n += 1;
  const file = join(dir, `tagged-${n}.pdf`);
  writeFileSync(file, pdf);
  return file;
}
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface StructNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

interface Tree {
  /** Elements in reading order, each page's share separately (as pdf.js gives them). */
  readonly elements: { role: string; alt?: string; text: string; page: number; node: StructNode }[];
  /** Text outside any marked content, or inside marked content that the tree does not name. */
  readonly stray: string[];
  readonly artifacts: string[];
}

/** Reads every page's structure tree and marked text with pdf.js. */
async function readTree(pdf: Uint8Array): Promise<Tree> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const elements: Tree['elements'] = [];
  const stray: string[] = [];
  const artifacts: string[] = [];
  for (let p = 1; p <= doc.numPages; p += 1) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const textOf = new Map<string, string>();
    const open: { id: string | null; tag: string }[] = [];
    for (const item of content.items as { type?: string; id?: string | null; tag?: string; str?: string }[]) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push({ id: item.id ?? null, tag: item.tag ?? '' });
      else if (item.type === 'endMarkedContent') open.pop();
      else if (item.str !== undefined && item.str.trim() !== '') {
        const tagged = [...open].reverse().find((o) => o.id);
        if (open.some((o) => o.tag === 'Artifact')) artifacts.push(item.str);
        else if (tagged?.id) textOf.set(tagged.id, `${textOf.get(tagged.id) ?? ''} ${item.str}`);
        else stray.push(`page ${p}: ${item.str}`);
      }
    }
    const named = new Set<string>();
    const tree = (await page.getStructTree()) as StructNode | null;
    const visit = (node: StructNode): string => {
      if (node.type === 'content' && node.id) {
        named.add(node.id);
        return textOf.get(node.id) ?? '';
      }
      const entry = node.role ? { role: node.role, alt: node.alt, text: '', page: p, node } : null;
      if (entry) elements.push(entry);
      const text = (node.children ?? []).map(visit).join(' ');
      if (entry) entry.text = squash(text);
      return text;
    };
    if (tree) visit(tree);
    for (const id of textOf.keys()) if (!named.has(id)) stray.push(`page ${p}: marked ${id} not in the tree: ${textOf.get(id)}`);
  }
  return { elements, stray, artifacts };
}

/** Joins an element's shares on consecutive pages into one, as a reader hears it. */
function headings(tree: Tree): { role: string; text: string }[] {
  return tree.elements.filter((e) => /^H[1-6]$/.test(e.role)).map((e) => ({ role: e.role, text: e.text }));
}

describe('the tagged report', { timeout: 90_000 }, () => {
  it('has headings in the order of the chapters, tables with header cells, figures with alternative text, and no untagged text', async () => {
    const graph = fullWorkshop({ notes: 120, photos: 3 });
    // One photo without a caption: it still gets an alternative text that says what it is.
    const photos = graph.attachments.map((a, i) => (i === 1 ? { ...a, caption: '' } : a));
    const { model, pdf } = await pdfOf({ ...graph, attachments: photos });
    const tree = await readTree(pdf);

    // The title, the contents, then every chapter (H1) and topic (H2); sub-headings (H2/H3) between.
    const expected = [
      { role: 'H1', text: squash(model.cover.title) },
      { role: 'H1', text: model.contents },
      ...model.sections.map((s) => ({ role: s.level === 1 ? 'H1' : 'H2', text: squash(`${s.number} ${s.title}`) })),
    ];
    const subheadings = new Set(model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'heading' ? [squash(b.text)] : []))));
    const found = headings(tree).filter((h) => !subheadings.has(h.text));
    expect(found).toEqual(expected);
    expect(headings(tree).length).toBeGreaterThan(expected.length);

    // Every table's first row holds its header cells, in the order of the model's columns.
    const tables = model.sections.flatMap((s) => s.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table'));
    expect(tables.length).toBeGreaterThanOrEqual(2);
    const headerRows = tree.elements
      .filter((e) => e.role === 'Table')
      .map((t) => (t.node.children ?? []).find((c) => c.role === 'TR'))
      .map((tr) => (tr?.children ?? []).filter((c) => c.role === 'TH').length);
    const ths = tree.elements.filter((e) => e.role === 'TH').map((e) => e.text);
    for (const t of tables) {
      const labels = t.columns.map((c) => squash(c.label));
      const at = ths.findIndex((_, i) => labels.every((l, k) => ths[i + k] === l));
      expect(at, labels.join(' | ')).toBeGreaterThanOrEqual(0);
    }
    expect(headerRows.filter((count) => count > 0).length).toBeGreaterThanOrEqual(tables.length);

    // Every photo is a figure whose alternative text is the model's.
    const alts = model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'photo' ? [b.alt] : [])));
    expect(alts).toHaveLength(3);
    expect(alts[1]).toMatch(/^Foto van de poster bij /);
    expect(tree.elements.filter((e) => e.role === 'Figure').map((e) => e.alt)).toEqual(alts);

    // Every piece of text is in the tree or an artifact; the running parts are artifacts.
    expect(tree.stray).toEqual([]);
    expect(tree.artifacts).toEqual(expect.arrayContaining(['DEDA Tafel', `Pagina 2 van ${run('pdfinfo', [save(pdf)]).match(/Pages:\s+(\d+)/)?.[1]}`]));
    expect(tree.elements.filter((e) => e.role === 'LI').length).toBeGreaterThan(0);
    expect(tree.elements.filter((e) => e.role === 'TOCI').length).toBe(model.sections.length);
  });

  it('is tagged for poppler, passes qpdf, names its language and its standards, and marks every painting operator', async () => {
    const { model, pdf } = await pdfOf(fullWorkshop({ photos: 2 }));
    const file = save(pdf);
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    const qdf = join(dir, 'check-qdf.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
    const raw = execFileSync('cat', [qdf]).toString('latin1');
    const catalog = raw.split('endobj').find((o) => o.includes('/Type /Catalog')) ?? '';
    expect(catalog).toMatch(/\/Lang \(nl-NL\)/);
    expect(catalog).toMatch(/\/MarkInfo <<\s*\/Marked true\s*>>/);
    expect(catalog).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(catalog).toMatch(/\/DisplayDocTitle true/);
    expect(model.meta.language).toBe('nl-NL');
    const xmp = run('pdfinfo', ['-meta', file]);
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(xmp).toContain('<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>');
    // Header cells say what they head.
    const headerCells = raw.split('endobj').filter((o) => /\/S \/TH\b/.test(o));
    expect(headerCells.length).toBeGreaterThan(5);
    for (const th of headerCells) expect(th).toMatch(/\/Scope \/(Column|Row)/);
    // In every page's content, text, images and paths are painted inside marked content.
    const streams = [...raw.matchAll(/%% Contents for page \d+\n(?:%%.*\n)*\d+ 0 obj\n<<[\s\S]*?>>\nstream\n([\s\S]*?)\nendstream/g)].map((m) => m[1] ?? '');
    expect(streams.length).toBe(Number(/Pages:\s+(\d+)/.exec(info)?.[1]));
    const outside: string[] = [];
    for (const [page, stream] of streams.entries()) {
      let depth = 0;
      for (const line of stream.split('\n')) {
        const op = line.trim().split(/\s+/).at(-1) ?? '';
        if (op === 'BDC' || op === 'BMC') depth += 1;
        else if (op === 'EMC') depth -= 1;
        else if (depth <= 0 && ['Tj', 'TJ', "'", '"', 'Do', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'sh'].includes(op)) outside.push(`page ${page + 1}: ${line}`);
      }
      expect(depth, `page ${page + 1}`).toBe(0);
    }
    expect(outside).toEqual([]);
  });
});

describe('every character', { timeout: 90_000 }, () => {
  const SAID = 'bewaartermijn ≤ 5 jaar, ≥ 2 keer → klaar ✓ € 40 😀 👍🏽 ❤️';
  const ARABIC = 'سارة الحسيني';
  const HEBREW = 'דוד לוי';

  function withCharacters(): WorkshopGraph {
    const g = fullWorkshop();
    const first = g.notes[0] as Note;
    const base = g.participants[1] as Participant;
    const people: Participant[] = [
      { ...base, id: 'a9000000-0000-4000-8000-000000000001' as ParticipantId, name: ARABIC, order: 20 },
      { ...base, id: 'a9000000-0000-4000-8000-000000000002' as ParticipantId, name: HEBREW, order: 21 },
    ];
    const note = (i: number, text: string, by: Participant): Note => ({
      ...first,
      id: `f0000000-0000-4000-8000-00000000000${i}` as NoteId,
      questionId: 'privacy.necessity' as QuestionId,
      text,
      order: i,
      createdAt: T0,
      speaker: { kind: 'participant', participantId: by.id },
    });
    return {
      ...g,
      participants: [...g.participants, ...people],
      notes: [...g.notes, note(1, SAID, people[0] as Participant), note(2, `שלום ${HEBREW} مرحبا ${ARABIC}`, people[1] as Participant), note(3, 'Naam in het Chinees: 王秀英', base)],
    };
  }

  it('reads back every character a user typed, right-to-left names in the order typed, and never U+FFFD', async () => {
    const { pdf } = await pdfOf(withCharacters());
    const file = save(pdf);
    // Poppler wraps right-to-left text in embedding marks; they are not part of what was typed.
    const text = run('pdftotext', [file, '-']).replace(/[\u202a-\u202e]/g, '');
    expect(text).not.toContain('\ufffd');
    expect(text).toContain(SAID);
    expect(text).toContain(ARABIC);
    expect(text).toContain(HEBREW);
    expect(text).toContain(`שלום ${HEBREW} مرحبا ${ARABIC}`);
    // No font at hand has Chinese: a readable stand-in, and the appendix says so.
    expect(text).toContain('Naam in het Chinees: [U+738B][U+79C0][U+82F1]');
    expect(squash(text)).toContain('tussen blokhaken: [U+738B], [U+79C0], [U+82F1].');
    // The fallback fonts are embedded (as subsets), each only because it was used.
    const fonts = run('pdffonts', [file]).trim().split('\n').slice(2);
    const names = fonts.map((r) => r.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, ''));
    expect(names).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansMath-Regular', 'NotoEmoji-Regular', 'NotoSansArabic-Regular', 'NotoSansHebrew-Regular']));
    for (const r of fonts) expect(r).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(names).not.toContain('NotoSansSymbols-Regular');
  });

  it('embeds no fallback font in a report that needs none', async () => {
    const { pdf } = await pdfOf(fullWorkshop());
    const rows = run('pdffonts', [save(pdf)]).trim().split('\n').slice(2);
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(['DEDATR+NotoSans-Regular', 'DEDATB+NotoSans-Bold']);
  });
});
