// Why: the report is decided here as plain data (which sections, in which order, with which
// words) before anything is drawn. That keeps "what goes in the report" testable without a PDF
// and lets the PDF renderer stay a dumb typesetter that never looks at the workshop itself.
import type { AttachmentId } from '../domain/ids';
import type { NoteKind } from '../domain/note';
import type { QuestionStatus } from '../domain/question-state';

/** Fixed sections; topics get `topic:<id>`. */
export type SectionId =
  | 'summary'
  | 'goal'
  | 'participants'
  | 'values'
  | 'topics'
  | `topic:${string}`
  | 'other-notes'
  | 'actions'
  | 'preconditions'
  | 'screening'
  | 'comparison'
  | 'photos'
  | 'appendix';

export type Tone = 'neutral' | 'positive' | 'attention' | 'warning';

export interface Field {
  readonly label: string;
  readonly value: string;
}

export interface ReportNote {
  readonly text: string;
  /** Who said it, in words ("Łukasz Wróbel", "de groep"). */
  readonly by: string;
}

export interface NoteGroup {
  readonly kind: NoteKind;
  readonly label: string;
  readonly notes: readonly ReportNote[];
}

export interface TableColumn {
  readonly label: string;
  /** Share of the text width; the renderer scales the shares to the page. */
  readonly width: number;
  /**
   * Short cells of a fixed kind (a date, a priority, yes or no): each is kept on one line when
   * the table has room, rather than only its words being kept whole.
   */
  readonly keep?: boolean;
}

export interface TableRow {
  readonly cells: readonly string[];
  /** `mark` draws attention (a condition, a missing precondition); `muted` fades (dropped). */
  readonly emphasis: 'none' | 'mark' | 'muted';
}

export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly style: 'body' | 'subtle' | 'lead' }
  | { readonly kind: 'fields'; readonly fields: readonly Field[] }
  | { readonly kind: 'notice'; readonly tone: Tone; readonly title: string; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly ordered: boolean }
  | {
      readonly kind: 'question';
      readonly number: string;
      readonly text: string;
      readonly status: QuestionStatus;
      readonly statusLabel: string;
      /** Set for parked and not-applicable questions. */
      readonly reason: string | null;
      /** Concerns first, then answers, open questions, ideas; empty groups left out. */
      readonly groups: readonly NoteGroup[];
      /** Said when there are no notes. */
      readonly empty: string | null;
    }
  | { readonly kind: 'table'; readonly columns: readonly TableColumn[]; readonly rows: readonly TableRow[] }
  | {
      readonly kind: 'photo';
      readonly attachmentId: AttachmentId;
      readonly label: string;
      readonly caption: string;
      /** What the photo shows, for a reader who cannot see it (the figure's alternative text). */
      readonly alt: string;
      readonly width: number;
      readonly height: number;
      /** Said in place of the photo when its image cannot be read. */
      readonly unavailable: string;
    };

export interface ReportSection {
  readonly id: SectionId;
  /** "1", "4.2": numbered like a municipal document. */
  readonly number: string;
  readonly title: string;
  /** 1 for a chapter, 2 for a topic within "Onderwerpen". */
  readonly level: 1 | 2;
  /** A small line above the title, e.g. the topic group. */
  readonly kicker: string | null;
  readonly startsPage: boolean;
  readonly blocks: readonly Block[];
}

export interface ReportCover {
  readonly kicker: string;
  readonly title: string;
  readonly fields: readonly Field[];
  readonly outcome: { readonly label: string; readonly value: string; readonly tone: Tone };
  readonly footnote: string;
}

/** What the PDF's own metadata says (document properties and XMP). */
export interface ReportMeta {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** BCP 47, e.g. `nl-NL`. */
  readonly language: string;
  readonly creator: string;
  readonly createdAt: Date;
}

export interface ReportModel {
  readonly meta: ReportMeta;
  /** The running header on every page but the cover. */
  readonly header: string;
  /** "Pagina {page} van {pages}": the renderer fills in the numbers. */
  readonly pageOf: string;
  /**
   * Said in the appendix when some characters had no font: `{chars}` becomes the list. Only
   * the renderer knows which (it knows the fonts).
   */
  readonly standIns: { readonly title: string; readonly text: string };
  /** The title of the table of contents. */
  readonly contents: string;
  readonly cover: ReportCover;
  readonly sections: readonly ReportSection[];
  /** The file name without extension, from the title and date. */
  readonly fileName: string;
}
