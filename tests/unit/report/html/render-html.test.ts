// Why: the web version must hold everything the PDF holds, be structured as HTML means it
// (headings in order, tables with header cells, figures with alternative text, the language
// set) and never let a text someone typed become markup or script.
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../../src/domain/note';
import type { NoteId } from '../../../../src/domain/ids';
import { renderHtml } from '../../../../src/report/html/render-html';
import type { Block, ReportModel } from '../../../../src/report/report-model';
import { fullWorkshop } from '../full-workshop';
import { modelOf } from '../render-support';

/** Every text a reader gets from the model, as the PDF prints it. */
function textsOf(model: ReportModel): string[] {
  const out: string[] = [model.cover.title, model.cover.kicker, ...model.cover.fields.flatMap((f) => [f.label, f.value]), model.contents];
  const block = (b: Block): string[] => {
    switch (b.kind) {
      case 'heading':
        return [b.text];
      case 'paragraph':
        return [b.text];
      case 'fields':
        return b.fields.flatMap((f) => [f.label, f.value]);
      case 'notice':
        return [b.title, b.text];
      case 'list':
        return [...b.items];
      case 'question':
        return [b.number, b.text, b.statusLabel, ...(b.reason ? [b.reason] : []), ...b.groups.flatMap((g) => [g.label, ...g.notes.flatMap((n) => [n.text, n.by])]), ...(b.empty ? [b.empty] : [])];
      case 'table':
        return [...b.columns.map((c) => c.label), ...b.rows.flatMap((r) => r.cells)];
      case 'photo':
        return [b.label, b.caption];
    }
  };
  for (const s of model.sections) out.push(s.number, s.title, ...(s.kicker ? [s.kicker] : []), ...s.blocks.flatMap(block));
  return out.filter((x) => x.trim() !== '');
}

/** The document's text as a reader gets it: tags out, entities back, spaces as one. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<br>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('the web version of the report', () => {
  it('holds every text of the report', async () => {
    const model = await modelOf(fullWorkshop({ photos: 2 }));
    const html = renderHtml(model, new Map());
    const text = visibleText(html);
    const missing = textsOf(model).filter((x) => !text.includes(x.replace(/\s+/g, ' ').trim()));
    expect(missing).toEqual([]);
  });

  it('is one document with its language and title, no script, chapters and topics as headings in order', async () => {
    const model = await modelOf(fullWorkshop());
    const html = renderHtml(model, new Map());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<html lang="${model.meta.language}">`);
    expect(html).toContain(`<title>${model.meta.title}</title>`);
    expect(html).not.toMatch(/<script|<link|src="http|url\(http/i);
    const headings = [...html.matchAll(/<h([23]) id="s-[^"]+-title"><span class="number">([^<]*)<\/span> ([^<]*)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(headings).toEqual(model.sections.map((s) => `${s.level + 1} ${s.number} ${s.title.replace(/&/g, '&amp;')}`));
    expect((html.match(/<h1>/g) ?? []).length).toBe(1);
  });

  it('gives every table header cells with a scope, and every photo its alternative text', async () => {
    const model = await modelOf(fullWorkshop({ photos: 2 }));
    const photos = new Map(model.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'photo').map((b) => [b.kind === 'photo' ? b.attachmentId : '', 'data:image/jpeg;base64,/9j/']));
    const html = renderHtml(model, photos);
    const tables = model.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table');
    expect(tables.length).toBeGreaterThan(0);
    expect((html.match(/<table>/g) ?? []).length).toBe(tables.length);
    expect((html.match(/<th scope="col">/g) ?? []).length).toBe(tables.reduce((n, b) => n + (b.kind === 'table' ? b.columns.length : 0), 0));
    for (const b of model.sections.flatMap((s) => s.blocks)) if (b.kind === 'photo') expect(html).toContain(`alt="${b.alt}"`);
    expect((html.match(/<img /g) ?? []).length).toBe(photos.size);
  });

  it('never lets a typed text become markup', async () => {
    const g = fullWorkshop();
    const note = g.notes[0] as Note;
    const hostile: Note = { ...note, id: 'f0000001-0000-4000-8000-000000000001' as NoteId, text: '<img src=x onerror=alert(1)> & "quoted" <script>alert(2)</script>' };
    const html = renderHtml(await modelOf({ ...g, notes: [...g.notes, hostile] }), new Map());
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &lt;script&gt;alert(2)&lt;/script&gt;');
  });
});
