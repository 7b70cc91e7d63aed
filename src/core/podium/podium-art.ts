// The podium as text art with box-drawing characters, as the hub pages draw it, but measured:
// every line has the same display width whatever the names (CJK, emoji, combining marks), so
// the steps always line up in a monospace font.
//
//            🥇 HyenaDNA
//              0.872
//  🥈 Evo 2  ╔══════════╗ 🥉 Caduceus
//    0.859   ║    1     ║    0.859
//  ╔═══════╗ ║          ║ ╔═══════════╗
//  ║   2   ║ ║          ║ ║     3     ║
//  ╩═══════╩═╩══════════╩═╩═══════════╩
import { rankMark } from '../table/medals.js';
import { displayWidth, padToWidth, truncateToWidth } from './display-width.js';

export interface PodiumEntry {
  rank: number;
  name: string;
  /** The score as it should be printed, e.g. "0.872". */
  score: string;
}

export interface PodiumArtOptions {
  /** Names wider than this many columns are shortened with "…" (default 18). */
  maxNameWidth?: number;
}

/** Lines of body below the box top, by rank: the winner's step is the tallest. */
const STEP_HEIGHT: Record<number, number> = { 1: 3, 2: 2, 3: 1 };
const MIN_INNER = 5;

/** Control and format characters (bidi overrides, tabs, newlines) removed; the emoji joiner kept. */
export function printableName(name: string): string {
  return name.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => (c === '\u200D' ? c : '')).trim();
}

function column(entry: PodiumEntry, maxNameWidth: number): string[] {
  const label = `${rankMark(entry.rank)} ${truncateToWidth(printableName(entry.name), maxNameWidth)}`;
  const inner = Math.max(displayWidth(label), displayWidth(entry.score), MIN_INNER) + 2;
  const lines = [padToWidth(label, inner + 2, 'center'), padToWidth(entry.score, inner + 2, 'center')];
  lines.push(`╔${'═'.repeat(inner)}╗`);
  lines.push(`║${padToWidth(String(entry.rank), inner, 'center')}║`);
  for (let i = 1; i < (STEP_HEIGHT[entry.rank] ?? 1); i++) lines.push(`║${' '.repeat(inner)}║`);
  lines.push(`╩${'═'.repeat(inner)}╩`);
  return lines;
}

/**
 * Draws up to three entries: the first in the middle, the second on the left, the third on the
 * right; step heights follow each entry's rank, so tied entries stand equally high. Returns ''
 * for no entries. Every line has the same display width.
 */
export function podiumArt(entries: readonly PodiumEntry[], options: PodiumArtOptions = {}): string {
  const maxNameWidth = options.maxNameWidth ?? 18;
  const [first, second, third] = entries;
  if (!first) return '';
  const columns = [second, first, third].filter((e): e is PodiumEntry => !!e).map((e) => column(e, maxNameWidth));
  const height = Math.max(...columns.map((c) => c.length));
  // Shorter steps get blank lines on top, so every column stands on the same floor.
  const aligned = columns.map((c) => [...Array.from({ length: height - c.length }, () => ' '.repeat(displayWidth(c[0]))), ...c]);
  return Array.from({ length: height }, (_, i) => aligned.map((c) => c[i]).join(i === height - 1 ? '═' : ' ')).join('\n');
}
