/**
 * The rank mark of the published pages: 🥇 🥈 🥉 for the podium, 🏅 for 4–5, 🎖️ for 6–10, then
 * `#n`. Tied rows share a rank, so they share the mark.
 */
export function rankMark(rank: number): string {
  if (rank === 1) return '🥇';
  if (rank === 2) return '🥈';
  if (rank === 3) return '🥉';
  if (rank <= 5) return '🏅';
  if (rank <= 10) return '🎖️';
  return `#${rank}`;
}

/** "1st", "2nd", "3rd", "4th", … "11th", "12th", "13th", "21st" (English ordinals). */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
