// How many terminal/monospace columns a string takes: grapheme clusters, not code units.
// East Asian wide and fullwidth characters and emoji take two; combining marks, joiners and
// variation selectors live inside a cluster and take none; control characters take none.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Unicode East Asian Width W and F ranges (the blocks that matter for names). */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small forms
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x1b000, 0x1b2ff], // Kana supplement and extended
  [0x20000, 0x3fffd], // CJK extensions B and beyond
];

const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const REGIONAL_INDICATOR = /\p{Regional_Indicator}/u;
const ZERO_WIDTH = /^[\p{Cc}\p{Cf}\p{Mn}\p{Me}]+$/u;

function isWide(codePoint: number): boolean {
  for (const [low, high] of WIDE) {
    if (codePoint < low) return false;
    if (codePoint <= high) return true;
  }
  return false;
}

/** Columns one grapheme cluster takes: 0, 1 or 2. */
export function graphemeWidth(cluster: string): number {
  if (ZERO_WIDTH.test(cluster)) return 0;
  // Emoji: shown as emoji by default, or asked to be (VS16), or a flag, or a ZWJ sequence.
  if (EMOJI_PRESENTATION.test(cluster) || REGIONAL_INDICATOR.test(cluster)) return 2;
  if (PICTOGRAPHIC.test(cluster) && (cluster.includes('\uFE0F') || cluster.includes('\u200D'))) return 2;
  return isWide(cluster.codePointAt(0)!) ? 2 : 1;
}

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Columns a string takes in a monospace font that honours East Asian width. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(text)) width += graphemeWidth(segment);
  return width;
}

/** The longest prefix of whole graphemes that fits `columns`, with "…" when cut. */
export function truncateToWidth(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let out = '';
  let width = 0;
  for (const cluster of graphemes(text)) {
    const w = graphemeWidth(cluster);
    if (width + w > columns - 1) break;
    out += cluster;
    width += w;
  }
  return `${out}…`;
}

/** `text` padded with spaces to exactly `columns` (left, right or centred). */
export function padToWidth(text: string, columns: number, align: 'left' | 'right' | 'center' = 'left'): string {
  const gap = Math.max(0, columns - displayWidth(text));
  const left = align === 'left' ? 0 : align === 'right' ? gap : Math.floor(gap / 2);
  return ' '.repeat(left) + text + ' '.repeat(gap - left);
}
