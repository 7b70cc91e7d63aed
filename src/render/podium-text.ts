// A benchmark's podium as text: the box-drawing art and its places in words. <fm-podium> draws
// it; the static renderers write it as HTML or Markdown. Apart from benchmark-text.ts, so that the
// podium's chunk does not carry the explainer's text.
import { podiumArt, type BenchmarkRanking, type RankedRow } from '../core/index.js';
import type { Messages } from '../i18n/messages.js';
import type { SectionMessages } from '../i18n/section-messages.js';
import { formatNumber } from '../internal/text-format.js';
import { tiedWithLeader } from './difference-text.js';

export interface PodiumText {
  /** The (up to) three rows ranked 1 to 3. */
  rows: RankedRow[];
  /** The box-drawing art; empty without a primary metric. */
  art: string;
  /** "2nd place (tied): Evo 2, AUROC 0.910", for readers that do not see the art. */
  places: string[];
  /** "Statistically tied with #1: Evo 2 (2nd)…": places whose gap to the leader is within the noise. */
  tie: string | null;
}

/** A benchmark's podium: its art (names cut to `maxNameWidth` columns) and its places in words, in `t`'s language. */
export function podiumText(ranking: BenchmarkRanking, lang: string, t: Pick<Messages, 'ordinal'> & SectionMessages, maxNameWidth = 18): PodiumText {
  const rows = ranking.rows.filter((r) => r.rank <= 3).slice(0, 3);
  if (!ranking.primary) return { rows, art: '', places: [], tie: null };
  const decimals = ranking.primary.definition.decimals ?? Math.min(3, ranking.decimals);
  const score = (row: RankedRow) => formatNumber(row.score, decimals, lang);
  const tied = rows.filter((r) => r.rank > 1 && tiedWithLeader(ranking, r));
  return {
    rows,
    art: podiumArt(
      rows.map((row) => ({ rank: row.rank, name: row.model.name, score: score(row) })),
      { maxNameWidth },
    ),
    places: rows.map((r) => t.podiumPlace(t.ordinal(r.rank), r.tied, r.model.name, ranking.primary!.id, score(r), tied.includes(r))),
    tie: tied.length > 0 ? t.podiumTie(rows[0].model.name, tied.map((r) => `${r.model.name} (${t.ordinal(r.rank)})`), tied.length) : null,
  };
}
