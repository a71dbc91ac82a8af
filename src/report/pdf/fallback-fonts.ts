// Why: the fonts asked, in this order, for a character Noto Sans lacks. Scripts first (Arabic
// and Hebrew; Noto Sans Math also maps Arabic letters, for its mathematical alphabets), then
// mathematical signs and arrows, other symbols and check marks, and last the monochrome Noto
// Emoji (a colour emoji font cannot be embedded as plain outlines). CJK is not among them: one
// such font is some 16 MB, too much to precache on a tablet for the odd name.
// Shared by the browser (generate.ts fetches the files) and Node (tests, the benchmark).

export interface FallbackFamily {
  readonly tag: string;
  readonly name: string;
  /** The @expo-google-fonts package (which ships TTF files jsPDF can embed). */
  readonly pkg: string;
  readonly hasBold: boolean;
}

export const FALLBACK_FAMILIES: readonly FallbackFamily[] = [
  { tag: 'AR', name: 'NotoSansArabic', pkg: 'noto-sans-arabic', hasBold: true },
  { tag: 'HE', name: 'NotoSansHebrew', pkg: 'noto-sans-hebrew', hasBold: true },
  { tag: 'MA', name: 'NotoSansMath', pkg: 'noto-sans-math', hasBold: false },
  { tag: 'SY', name: 'NotoSansSymbols', pkg: 'noto-sans-symbols', hasBold: true },
  { tag: 'SZ', name: 'NotoSansSymbols2', pkg: 'noto-sans-symbols-2', hasBold: false },
  { tag: 'EM', name: 'NotoEmoji', pkg: 'noto-emoji', hasBold: true },
];
