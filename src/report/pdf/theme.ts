// Why: the look of the report in one place: A4 geometry, the type scale and the colours. The
// colours follow the app's theme (a municipal blue) and mark concerns and warnings the same way
// the screens do, in RGB only, since the PDF's output intent is sRGB.
export type Rgb = readonly [number, number, number];

export const PAGE = {
  width: 210,
  height: 297,
  left: 24,
  right: 24,
  /** Where the body starts and ends; the running header and footer sit outside. */
  top: 27,
  bottom: 279,
  headerY: 14,
  footerY: 288,
} as const;

export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Points; line heights are in millimetres (1 pt = 0.3528 mm). */
export const TYPE = {
  body: 10,
  small: 8.5,
  tiny: 7.5,
  lead: 11.5,
  subheading: 11.5,
  question: 10.5,
  chapter: 18,
  topic: 14,
  coverTitle: 26,
  leading: 1.42,
} as const;

export function lineHeight(pt: number): number {
  return pt * 0.3528 * TYPE.leading;
}

export const COLOUR = {
  ink: [28, 32, 38],
  subtle: [86, 94, 104],
  faint: [150, 156, 164],
  rule: [208, 213, 219],
  brand: [29, 79, 124],
  brandLight: [231, 239, 246],
  white: [255, 255, 255],
  concern: [178, 34, 34],
  concernLight: [252, 236, 235],
  attention: [161, 92, 0],
  attentionLight: [253, 243, 225],
  positive: [36, 122, 58],
  positiveLight: [232, 244, 235],
  neutralLight: [242, 244, 246],
  markRow: [254, 248, 236],
} as const satisfies Record<string, Rgb>;

export type ColourName = keyof typeof COLOUR;
