// Why: the report is also published: on a municipal website, in a council's system, read on a
// phone. A PDF is a poor fit there, so the same report model (build-report.ts) is also written
// as one self-contained HTML file: no script, styles inline, photos embedded, headings, lists
// and tables as HTML means them, the document's language set. It is a typesetter like the PDF
// renderer: it never looks at the workshop itself, only at the model.
import type { Block, ReportModel, ReportSection, Tone } from '../report-model';

/** Text as HTML text: nothing a user typed can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

const e = escapeHtml;

/** Paragraphs keep the line breaks people typed. */
function lines(text: string): string {
  return e(text).replace(/\r?\n/g, '<br>');
}

const TONE_CLASS: Record<Tone, string> = { neutral: 'tone-neutral', positive: 'tone-positive', attention: 'tone-attention', warning: 'tone-warning' };

/** The heading level of a block heading or a question inside a section of this level. */
const inner = (section: ReportSection) => Math.min(6, section.level + 2);

function block(b: Block, section: ReportSection, photos: ReadonlyMap<string, string>): string {
  switch (b.kind) {
    case 'heading':
      return `<h${inner(section)}>${e(b.text)}</h${inner(section)}>`;
    case 'paragraph':
      return `<p class="${b.style}">${lines(b.text)}</p>`;
    case 'fields':
      return `<dl class="fields">${b.fields.map((f) => `<div><dt>${e(f.label)}</dt><dd>${lines(f.value)}</dd></div>`).join('')}</dl>`;
    case 'notice':
      return `<div class="notice ${TONE_CLASS[b.tone]}" role="note"><p><strong>${e(b.title)}</strong></p><p>${lines(b.text)}</p></div>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${lines(i)}</li>`).join('')}</${tag}>`;
    }
    case 'question': {
      const level = Math.min(6, inner(section));
      const groups = b.groups
        .map((g) => `<div class="notes notes--${g.kind}"><p class="notes__kind">${e(g.label)}</p><ul>${g.notes.map((n) => `<li><span class="note__text">${lines(n.text)}</span> <span class="note__by">— ${e(n.by)}</span></li>`).join('')}</ul></div>`)
        .join('');
      return [
        `<div class="question">`,
        `<h${level} class="question__text"><span class="question__number">${e(b.number)}</span> ${e(b.text)}</h${level}>`,
        `<p class="question__status status--${b.status}">${e(b.statusLabel)}${b.reason ? `: ${lines(b.reason)}` : ''}</p>`,
        groups,
        b.empty ? `<p class="subtle">${e(b.empty)}</p>` : '',
        `</div>`,
      ].join('');
    }
    case 'table':
      return [
        `<div class="table-wrap" role="region" aria-label="${e(section.title)}" tabindex="0"><table>`,
        `<thead><tr>${b.columns.map((c) => `<th scope="col">${e(c.label)}</th>`).join('')}</tr></thead>`,
        `<tbody>${b.rows.map((r) => `<tr class="row--${r.emphasis}">${r.cells.map((c) => `<td>${lines(c)}</td>`).join('')}</tr>`).join('')}</tbody>`,
        `</table></div>`,
      ].join('');
    case 'photo': {
      const src = photos.get(b.attachmentId);
      const caption = `<figcaption>${e(b.label)}${b.caption ? ` — ${e(b.caption)}` : ''}</figcaption>`;
      if (!src) return `<figure><p class="subtle">${e(b.unavailable)}</p>${caption}</figure>`;
      return `<figure><img src="${e(src)}" alt="${e(b.alt)}" width="${b.width}" height="${b.height}">${caption}</figure>`;
    }
  }
}

const anchor = (s: ReportSection) => `s-${s.id.replace(/[^a-z0-9-]/gi, '-')}`;

function section(s: ReportSection, photos: ReadonlyMap<string, string>): string {
  const level = s.level + 1;
  return [
    `<section id="${anchor(s)}" aria-labelledby="${anchor(s)}-title">`,
    s.kicker ? `<p class="kicker">${e(s.kicker)}</p>` : '',
    `<h${level} id="${anchor(s)}-title"><span class="number">${e(s.number)}</span> ${e(s.title)}</h${level}>`,
    s.blocks.map((b) => block(b, s, photos)).join('\n'),
    `</section>`,
  ].join('\n');
}

/** The stylesheet: readable on a phone and a wide screen, contrast at least 4.5:1, prints well. */
const STYLE = `
:root { color: #1a1a1a; background: #fff; font-family: "Noto Sans", system-ui, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem; font-size: 1.0625rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 0.75rem; border-top: 2px solid #1d4f7c; padding-top: 0.75rem; }
h3 { font-size: 1.25rem; margin: 2rem 0 0.5rem; }
h4, h5, h6 { font-size: 1.0625rem; margin: 1.25rem 0 0.25rem; }
.number, .question__number { color: #1d4f7c; margin-inline-end: 0.25rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.875rem; color: #4a4a4a; margin: 2rem 0 0; }
section > .kicker + h2, section > .kicker + h3 { margin-top: 0.25rem; border-top: 0; padding-top: 0; }
.lead { font-size: 1.1875rem; }
.subtle { color: #4a4a4a; }
.fields { display: grid; gap: 0.25rem 1rem; margin: 1rem 0; }
.fields div { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 2fr); gap: 1rem; }
.fields dt { font-weight: 700; }
.fields dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 30rem) { .fields div { grid-template-columns: minmax(0, 1fr); gap: 0; } .fields div + div { margin-top: 0.5rem; } }
.cover { border-bottom: 4px solid #1d4f7c; padding-bottom: 1rem; }
.outcome { font-size: 1.25rem; font-weight: 700; padding: 0.5rem 0.75rem; border-inline-start: 6px solid currentColor; }
.tone-positive { color: #0b6623; } .tone-attention { color: #7a4a00; } .tone-warning { color: #9b1c1c; } .tone-neutral { color: #1a1a1a; }
.notice { border: 1px solid currentColor; border-inline-start-width: 6px; padding: 0.5rem 0.75rem; margin: 1rem 0; }
.notice p { color: #1a1a1a; margin: 0.25rem 0; }
.question { border-inline-start: 3px solid #c8d3de; padding-inline-start: 0.75rem; margin: 1.25rem 0; }
.question__status { font-size: 0.9375rem; color: #4a4a4a; margin: 0 0 0.5rem; }
.notes__kind { font-weight: 700; margin: 0.5rem 0 0; }
.notes ul { margin: 0.25rem 0; padding-inline-start: 1.25rem; }
.notes--concern .notes__kind { color: #9b1c1c; }
.note__by { color: #4a4a4a; }
.table-wrap { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9375rem; }
th, td { text-align: start; vertical-align: top; border-bottom: 1px solid #c8d3de; padding: 0.375rem 0.5rem; }
th { background: #eef2f6; }
.row--mark td:first-child { border-inline-start: 4px solid #7a4a00; }
.row--muted td { color: #4a4a4a; }
figure { margin: 1.5rem 0; }
img { max-width: 100%; height: auto; }
figcaption { font-size: 0.9375rem; color: #4a4a4a; }
nav ul { list-style: none; padding: 0; }
nav li.sub { padding-inline-start: 1.5rem; }
nav h2 { border-top: 0; }
a { color: #1d4f7c; }
a:focus, .table-wrap:focus { outline: 3px solid #1d4f7c; outline-offset: 2px; }
footer { margin-top: 3rem; font-size: 0.875rem; color: #4a4a4a; border-top: 1px solid #c8d3de; padding-top: 0.5rem; }
@media print { h2 { break-before: page; } .table-wrap { overflow: visible; } }
`;

/**
 * The whole report as one HTML document. `photos` maps an attachment id to a data URL of its
 * bytes (the caller reads them); a photo missing from the map is said to be unavailable.
 */
export function renderHtml(model: ReportModel, photos: ReadonlyMap<string, string>): string {
  const { cover, meta } = model;
  const contents = model.sections.map((s) => `<li${s.level === 2 ? ' class="sub"' : ''}><a href="#${anchor(s)}">${e(s.number)} ${e(s.title)}</a></li>`).join('');
  return [
    '<!doctype html>',
    `<html lang="${e(meta.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="author" content="${e(meta.author)}">`,
    `<meta name="description" content="${e(meta.subject)}">`,
    `<meta name="keywords" content="${e(meta.keywords.join(', '))}">`,
    `<meta name="generator" content="${e(meta.creator)}">`,
    `<title>${e(meta.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header class="cover">',
    `<p class="kicker">${e(cover.kicker)}</p>`,
    `<h1>${e(cover.title)}</h1>`,
    `<dl class="fields">${cover.fields.map((f) => `<div><dt>${e(f.label)}</dt><dd>${lines(f.value)}</dd></div>`).join('')}</dl>`,
    `<p class="outcome ${TONE_CLASS[cover.outcome.tone]}">${e(cover.outcome.label)}: ${e(cover.outcome.value)}</p>`,
    `<p class="subtle">${lines(cover.footnote)}</p>`,
    '</header>',
    `<nav aria-labelledby="contents-title"><h2 id="contents-title">${e(model.contents)}</h2><ul>${contents}</ul></nav>`,
    '<main>',
    model.sections.map((s) => section(s, photos)).join('\n'),
    '</main>',
    `<footer><p>${e(model.header)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
