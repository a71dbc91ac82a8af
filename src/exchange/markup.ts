// Why: the published schema's plain-text pattern (PATTERNS.noMarkup) is a regular expression,
// and a regular expression does not know that a `>` inside a quoted attribute value does not
// end a tag: `<x title="a>b" onclick=alert(1)>` slips past it. This reads tags the way an HTML
// parser does (tag open, tag name, attribute names, quoted and unquoted values, the `>` that
// really ends the tag) so quoting cannot fool it. The app refuses a text when the pattern OR
// this reading finds markup, on import and at export alike (bundle.ts checkStructure).
//
// What counts as markup here, as in the pattern: an active element (script, img, svg, …) as soon
// as its name is read; a formatting element (b, p, div, …) as a whole tag; any start tag with an
// event handler (`on…=`) or a `style=` attribute; comments, CDATA, doctypes and processing
// instructions. Text people write stays text: `a < b`, `<3`, `Jan <jan@gemeente.nl>`,
// `<naam invullen>`, `x > y`.
import { ACTIVE_ELEMENTS, FORMAT_ELEMENTS, PATTERNS } from './bundle-schema';

const ACTIVE = new Set<string>(ACTIVE_ELEMENTS);
const FORMAT = new Set<string>(FORMAT_ELEMENTS);
const NO_MARKUP = new RegExp(PATTERNS.noMarkup, 'u');

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

interface Tag {
  readonly name: string;
  readonly attributes: readonly { readonly name: string; readonly hasValue: boolean }[];
  /** Whether a `>` outside any quoted value ended it (false: the text ended inside the tag). */
  readonly closed: boolean;
  /** Index just after the tag. */
  readonly end: number;
}

/** Reads a tag from the first letter of its name (HTML's tag name and attribute states). */
function readTag(s: string, from: number): Tag {
  const n = s.length;
  let i = from;
  while (i < n && !isSpace(s.charCodeAt(i)) && s[i] !== '/' && s[i] !== '>') i++;
  const name = s.slice(from, i).toLowerCase();
  const attributes: { name: string; hasValue: boolean }[] = [];
  for (;;) {
    while (i < n && (isSpace(s.charCodeAt(i)) || s[i] === '/')) i++;
    if (i >= n) return { name, attributes, closed: false, end: n };
    if (s[i] === '>') return { name, attributes, closed: true, end: i + 1 };
    // An attribute name: its first character may be `=` (HTML takes it into the name).
    const start = i;
    i++;
    while (i < n && !isSpace(s.charCodeAt(i)) && s[i] !== '/' && s[i] !== '>' && s[i] !== '=') i++;
    const attr = { name: s.slice(start, i).toLowerCase(), hasValue: false };
    attributes.push(attr);
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (s[i] !== '=') continue;
    attr.hasValue = true;
    i++;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    const q = s[i];
    if (q === '"' || q === "'") {
      const close = s.indexOf(q, i + 1);
      if (close === -1) return { name, attributes, closed: false, end: n };
      i = close + 1;
    } else {
      while (i < n && !isSpace(s.charCodeAt(i)) && s[i] !== '>') i++;
    }
  }
}

function isMarkupTag(tag: Tag, endTag: boolean): boolean {
  if (ACTIVE.has(tag.name)) return true;
  if (FORMAT.has(tag.name) && tag.closed) return true;
  // Attributes on an end tag do nothing in HTML.
  if (endTag) return false;
  return tag.attributes.some((a) => a.hasValue && (/^on[a-z]/.test(a.name) || (a.name === 'style' && tag.closed)));
}

/** Where the first markup in the text starts, as an HTML parser reads it; -1 when there is none. */
export function markupIndex(s: string): number {
  let i = s.indexOf('<');
  while (i !== -1) {
    const next = s[i + 1];
    if (s.startsWith('<!--', i) || s.startsWith('<![CDATA[', i)) return i;
    if ((next === '!' || next === '?') && isLetter(s.charCodeAt(i + 2))) return i;
    const endTag = next === '/';
    const nameAt = i + (endTag ? 2 : 1);
    if (!isLetter(s.charCodeAt(nameAt))) {
      i = s.indexOf('<', i + 1);
      continue;
    }
    const tag = readTag(s, nameAt);
    if (isMarkupTag(tag, endTag)) return i;
    // As a parser does: what was inside the tag is not read again as text.
    i = s.indexOf('<', tag.end);
  }
  return -1;
}

/**
 * The app's whole plain-text rule: the published pattern and the reading above. Returns the
 * markup to quote (cut short), or null for plain text.
 */
export function findMarkup(s: string): string | null {
  if (!s.includes('<')) return null;
  let at = markupIndex(s);
  if (at === -1 && NO_MARKUP.test(s)) return null;
  if (at === -1) at = s.indexOf('<');
  return s.slice(at, at + 40).replace(/\n[\s\S]*$/, '').trim();
}
