// Why: a report a council files must be readable with a screen reader and pass as PDF/UA (and
// PDF/A-2a): every piece of text belongs to an element of a structure tree in reading order
// (the title, chapters as H1, topics as H2, paragraphs, lists, tables with header cells,
// figures with an alternative text), and what only decorates or paginates (rules, tinted
// grounds, running headers, page numbers) is marked as an artifact. jsPDF has no tagging; this
// writes the marked-content operators into the page content as the report is drawn and, when
// the file is written, the structure tree, its parent tree and the catalog entries, through
// jsPDF's document events (putPage, putAdditionalObjects, putCatalog).
import type { jsPDF } from 'jspdf';

/** Standard structure types (PDF 1.7, 14.8.4) the report uses. */
export type StructType = 'Document' | 'Part' | 'Sect' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Caption' | 'TOC' | 'TOCI' | 'Span' | 'Note';

export interface ElementAttributes {
  /** Alternative text (figures). */
  readonly alt?: string;
  /** Header cells: what they head. */
  readonly scope?: 'Row' | 'Column';
  /** BCP 47, for an element in another language than the document. */
  readonly lang?: string;
  /** What the element's text stands for, when its glyphs do not say it (a stand-in). */
  readonly actualText?: string;
}

interface ContentRef {
  readonly page: object;
  readonly mcid: number;
}

export interface StructElement {
  readonly type: StructType;
  readonly attributes: ElementAttributes;
  readonly kids: (StructElement | ContentRef)[];
  readonly parent: StructElement | null;
}

interface Internals {
  readonly events: { subscribe(topic: string, fn: (arg: { pageContext?: object }) => void): unknown };
  write(...parts: string[]): void;
  newAdditionalObject(): { objId: number; content: string };
  getNumberOfPages(): number;
}

type PageInfo = { objId: number; pageContext: object };

/** A PDF text string in UTF-16BE, as hex (safe for any character). */
export function pdfText(s: string): string {
  let out = '<FEFF';
  for (let i = 0; i < s.length; i += 1) out += s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `${out}>`;
}

const asciiName = (s: string) => `(${s.replace(/[^A-Za-z0-9-]/g, '')})`;

export class Tagger {
  readonly root: StructElement = { type: 'Document', attributes: {}, kids: [], parent: null };
  private stack: StructElement[] = [this.root];
  private readonly mcids = new Map<object, StructElement[]>();
  /** Inside an artifact or a marked sequence: nothing more is marked. */
  private depth = 0;

  constructor(private readonly doc: jsPDF) {
    const internal = doc.internal as unknown as Internals;
    const parentKeys = new Map<object, number>();
    let rootId = 0;
    internal.events.subscribe('putPage', ({ pageContext }) => {
      if (!pageContext) return;
      const key = parentKeys.get(pageContext);
      if (key !== undefined) internal.write(`/StructParents ${key}`);
      internal.write('/Tabs /S');
    });
    // Before the pages are written, so that each page can name its key in the parent tree.
    internal.events.subscribe('buildDocument', () => {
      let next = 0;
      for (const page of this.mcids.keys()) parentKeys.set(page, next++);
    });
    internal.events.subscribe('putAdditionalObjects', () => {
      const pages = new Map<object, number>();
      const getPageInfo = (doc as unknown as { getPageInfo(n: number): PageInfo }).getPageInfo;
      for (let n = 1; n <= internal.getNumberOfPages(); n += 1) {
        const info = getPageInfo(n);
        pages.set(info.pageContext, info.objId);
      }
      const ids = new Map<StructElement, { objId: number; content: string }>();
      const root = internal.newAdditionalObject();
      const parentTree = internal.newAdditionalObject();
      const all: StructElement[] = [];
      const visit = (e: StructElement) => {
        all.push(e);
        ids.set(e, internal.newAdditionalObject());
        for (const k of e.kids) if ('type' in k) visit(k);
      };
      visit(this.root);
      const ref = (e: StructElement) => `${ids.get(e)?.objId ?? 0} 0 R`;
      for (const e of all) {
        const firstPage = e.kids.find((k): k is ContentRef => !('type' in k));
        // Content on the element's own page by its number alone; on another page with a reference.
        const kids = e.kids.map((k) => ('type' in k ? ref(k) : k.page === firstPage?.page ? String(k.mcid) : `<< /Type /MCR /Pg ${pages.get(k.page) ?? 0} 0 R /MCID ${k.mcid} >>`));
        const a = e.attributes;
        const parts = [
          '<< /Type /StructElem',
          `/S /${e.type}`,
          `/P ${e.parent ? ref(e.parent) : `${root.objId} 0 R`}`,
          firstPage ? `/Pg ${pages.get(firstPage.page) ?? 0} 0 R` : '',
          `/K [${kids.join(' ')}]`,
          a.alt !== undefined ? `/Alt ${pdfText(a.alt)}` : '',
          a.actualText !== undefined ? `/ActualText ${pdfText(a.actualText)}` : '',
          a.lang ? `/Lang ${asciiName(a.lang)}` : '',
          a.scope ? `/A << /O /Table /Scope /${a.scope} >>` : '',
          '>>',
        ];
        const obj = ids.get(e);
        if (obj) obj.content = parts.filter(Boolean).join('\n');
      }
      const nums = [...this.mcids].map(([page, list]) => `${parentKeys.get(page) ?? 0} [${list.map(ref).join(' ')}]`);
      parentTree.content = `<< /Nums [${nums.join('\n')}] >>`;
      root.content = `<< /Type /StructTreeRoot /K [${ref(this.root)}] /ParentTree ${parentTree.objId} 0 R /ParentTreeNextKey ${this.mcids.size} >>`;
      rootId = root.objId;
    });
    internal.events.subscribe('putCatalog', () => {
      internal.write(`/StructTreeRoot ${rootId} 0 R`);
      internal.write('/MarkInfo << /Marked true >>');
      internal.write('/ViewerPreferences << /DisplayDocTitle true >>');
      internal.write('/PageMode /UseOutlines');
    });
  }

  private get internal(): Internals {
    return this.doc.internal as unknown as Internals;
  }

  private get page(): object {
    return (this.doc as unknown as { getCurrentPageInfo(): PageInfo }).getCurrentPageInfo().pageContext;
  }

  get current(): StructElement {
    return this.stack[this.stack.length - 1] ?? this.root;
  }

  /** A new element under the current one (or under `parent`), open until `close`. */
  open(type: StructType, attributes: ElementAttributes = {}, parent: StructElement = this.current): StructElement {
    const e: StructElement = { type, attributes, kids: [], parent };
    parent.kids.push(e);
    this.stack.push(e);
    return e;
  }

  close(e: StructElement): void {
    const at = this.stack.lastIndexOf(e);
    if (at > 0) this.stack.length = at;
  }

  /** Runs `draw` with `e` as the current element (for a part drawn later than its place in the tree). */
  within<T>(e: StructElement, draw: () => T): T {
    const saved = this.stack;
    this.stack = [...this.ancestors(e), e];
    try {
      return draw();
    } finally {
      this.stack = saved;
    }
  }

  private ancestors(e: StructElement): StructElement[] {
    const out: StructElement[] = [];
    for (let p = e.parent; p; p = p.parent) out.unshift(p);
    return out;
  }

  element<T>(type: StructType, draw: () => T, attributes: ElementAttributes = {}): T {
    const e = this.open(type, attributes);
    try {
      return draw();
    } finally {
      this.close(e);
    }
  }

  /** Content of the current element: one marked sequence with its own id on this page. */
  content(draw: () => void): void {
    if (this.depth > 0) return draw();
    const page = this.page;
    const list = this.mcids.get(page) ?? [];
    this.mcids.set(page, list);
    const mcid = list.length;
    list.push(this.current);
    this.current.kids.push({ page, mcid });
    this.internal.write(`/${this.current.type} <</MCID ${mcid}>> BDC`);
    this.depth += 1;
    try {
      draw();
    } finally {
      this.depth -= 1;
      this.internal.write('EMC');
    }
  }

  /** Decoration or pagination: not part of the text a reader hears. */
  artifact(draw: () => void, kind: 'Layout' | 'Pagination' = 'Layout', subtype?: 'Header' | 'Footer'): void {
    if (this.depth > 0) return draw();
    this.internal.write(kind === 'Layout' && !subtype ? '/Artifact BMC' : `/Artifact << /Type /${kind}${subtype ? ` /Subtype /${subtype}` : ''} >> BDC`);
    this.depth += 1;
    try {
      draw();
    } finally {
      this.depth -= 1;
      this.internal.write('EMC');
    }
  }

  /** Every element, depth first (for tests and checks). */
  elements(): StructElement[] {
    const out: StructElement[] = [];
    const visit = (e: StructElement) => {
      out.push(e);
      for (const k of e.kids) if ('type' in k) visit(k);
    };
    visit(this.root);
    return out;
  }
}
