// Why: the widths the browser measured (Chromium, Noto Sans, canvas and page alike) of the words of
// two topics' questions at 36 px bold and of twelve realistic post-its at 32 px, with their kind
// words at 18 px: the poster's planner is tested on the figures the screen draws, not only on rough ones.
import type { NoteShape, QuestionShape } from '../../../../src/features/workshop/topic/poster-layout';

const Q_SPACE = 9.36;
const N_SPACE = 8.32;
const q = (words: readonly number[]): QuestionShape['text'] => ({ words, space: Q_SPACE });
const n = (kind: number, words: readonly number[]): NoteShape => ({ text: words.reduce((a, w) => a + w, 0) + (words.length - 1) * N_SPACE, words, space: N_SPACE, kind, speaker: false });

/** The four questions of "Algoritmes" and the three of "Bron". */
export const ALGORITHMS = [
  q([110.1, 163.4, 105.3, 60.5, 176.6, 55.5, 44.9, 68.0, 143.6, 37.6, 126.9, 72.2, 55.0, 163.4, 34.2, 60.5, 226.7]),
  q([71.5, 63.6, 44.2, 214.7, 66.5, 66.4, 128.3, 124.0, 194.8, 119.4, 172.4, 146.9, 60.5, 112.6, 44.2, 66.4, 146.8, 36.4, 99.3, 53.7, 66.4, 165.1, 163.4, 112.7]),
  q([145.1, 122.5, 95.9, 66.4, 228.4, 57.6, 65.5, 44.2, 163.4, 35.5, 37.1, 129.8, 44.9, 67.4, 86.0, 213.0, 87.8, 59.9, 59.9, 160.8]),
  q([110.1, 120.3, 67.3, 60.5, 112.6, 134.1, 44.9, 68.0, 164.2, 66.4, 199.0, 163.4, 81.6, 44.2, 148.5, 55.0, 60.5, 99.2]),
];
export const SOURCE = [
  q([53.6, 106.8, 184.1, 207.0, 36.4, 139.7, 142.4, 124.8, 44.2, 181.5, 44.9, 63.1, 142.3, 39.2, 99.1]),
  q([175.0, 62.6, 83.1, 171.3, 261.5, 197.8, 44.9, 45.3, 106.8, 181.1, 179.9, 125.2, 87.8, 39.2, 46.8, 81.6, 49.1, 77.5, 201.6]),
  q([71.5, 152.5, 132.9, 44.9, 78.6, 62.6, 44.2, 181.5, 44.9, 106.8, 149.8, 36.4, 155.4, 188.4, 88.9]),
];

/** The twelve post-its of tests/e2e/table-mode.spec.ts, in its order. */
export const TWELVE: readonly NoteShape[] = [
  n(129.9, [53.3, 95.3, 70.3, 136.7, 68.2, 55.9, 76.4, 132.9]),
  n(68.2, [56.1, 62.2, 37.7, 132.8, 37.7, 68.2, 31.3, 55.9, 70.2, 81.0]),
  n(59.2, [55.6, 189.8, 71.2, 61.4, 95.4, 132.8, 46.3]),
  n(139.1, [57.5, 37.7, 99.1, 49.4, 55.7, 55.9, 164.6, 157.0]),
  n(129.9, [31.0, 23.6, 55.9, 79.3, 85.6, 50.9, 141.8]),
  n(68.2, [41.4, 165.2, 75.6, 37.7, 155.0, 66.2]),
  n(129.9, [41.4, 189.8, 105.0, 49.4, 95.3, 146.9]),
  n(68.2, [95.7, 132.8, 75.1, 67.7, 49.4, 95.5, 84.2]),
  n(59.2, [41.9, 57.2, 69.2, 67.7, 54.0, 49.4, 95.5, 107.8]),
  n(139.1, [61.1, 69.2, 34.8, 49.4, 95.3, 127.7]),
  n(68.2, [55.6, 61.7, 64.7, 93.8, 120.9, 105.1, 130.2]),
  n(59.2, [75.0, 61.4, 61.7, 28.0, 55.9, 120.2]),
];
