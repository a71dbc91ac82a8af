// Why: a photo of the poster is part of the record. It is scaled to fit the text width and at
// most 105 mm high (so two landscape photos share a page), keeps its proportions, moves to the
// next page rather than being cut, and carries its number, what it belongs to and its caption.
// Tagged as a Figure whose alternative text is the caption (or, without one, says what the photo
// is of), followed by the caption as a paragraph; a photo that could not be read is only text.
import type { Block } from '../report-model';
import type { PageWriter, Style } from './page-writer';
import { lineHeight, PAGE, TEXT_WIDTH, TYPE } from './theme';

/** Image bytes as jsPDF embeds them: JPEG as is (DCT), PNG decoded and re-compressed. */
export interface PreparedImage {
  readonly bytes: Uint8Array;
  readonly format: 'JPEG' | 'PNG';
  /** Pixel size of these bytes (they may be a scaled-down copy of the stored photo). */
  readonly width: number;
  readonly height: number;
}

const MAX_HEIGHT = 105;
const LABEL: Style = { size: TYPE.small, weight: 'bold' };
const CAPTION: Style = { size: TYPE.small, colour: 'subtle' };

export function drawPhoto(w: PageWriter, b: Extract<Block, { kind: 'photo' }>, image: PreparedImage | null): void {
  const captionLines = [...w.wrap(b.label, TEXT_WIDTH, LABEL).map((l) => ({ l, style: LABEL })), ...w.wrap(b.caption, TEXT_WIDTH, CAPTION).map((l) => ({ l, style: CAPTION }))];
  const captionHeight = captionLines.length * lineHeight(TYPE.small) + 2;
  if (!image || image.width <= 0 || image.height <= 0) {
    w.ensure(captionHeight + 14);
    w.artifact(() => {
      w.fill('neutralLight');
      w.doc.rect(PAGE.left, w.y, TEXT_WIDTH, 12, 'F');
    });
    w.element('P', () => w.text(b.unavailable, PAGE.left + 4, w.y + 3.5, { size: TYPE.small, colour: 'subtle' }));
    w.y += 14;
  } else {
    const scale = Math.min(TEXT_WIDTH / image.width, MAX_HEIGHT / image.height);
    const width = image.width * scale;
    const height = image.height * scale;
    w.ensure(height + captionHeight + 2);
    const x = PAGE.left + (TEXT_WIDTH - width) / 2;
    const top = w.y;
    w.element('Figure', () => w.tag.content(() => w.doc.addImage(image.bytes, image.format, x, top, width, height, `photo-${b.attachmentId}`, 'FAST')), { alt: b.alt });
    w.artifact(() => {
      w.stroke('rule', 0.2);
      w.doc.rect(x, top, width, height, 'S');
    });
    w.y += height + 2;
  }
  w.element('P', () =>
    captionLines.forEach(({ l, style }) => {
      w.text(l, PAGE.left, w.y, style);
      w.y += lineHeight(TYPE.small);
    }),
  );
  w.y += 7;
}
