// The quick comparison under a benchmark's table, as data ("Evo 2 leads with Accuracy = 0.9250",
// the gap to the runner-up, the spread). The hub draws it with lit, the static renderers as HTML or
// Markdown. Apart from benchmark-text.ts: the hub shows it at once, the rest only with the explainer.
import { quickComparison, rankMark, type BenchmarkRanking, type RankedRow } from '../core/index.js';
import type { Messages } from '../i18n/messages.js';
import type { SectionMessages } from '../i18n/section-messages.js';
import { formatNumber } from '../internal/text-format.js';
import { differenceText } from './difference-text.js';

export interface QuickText {
  /** "🥇 Evo 2 leads with Accuracy = 0.9250" in parts. */
  leaders: string;
  /** "leads with"; "ranks first with" where the data cannot tell the leader from the runner-up: no lead is claimed. */
  verb: string;
  metric: string;
  score: string;
  /** "Gap to 🥈 Geneformer: 0.0150", and what the data says of it ("within the noise (95 % CI …)"). */
  gap: { mark: string; names: string; value: string; noise: string | null } | null;
  spread: string | null;
}

/** The quick comparison under a table, in `t`'s language; null with no primary metric or no ranked row. */
export function quickText(ranking: BenchmarkRanking, lang: string, t: SectionMessages & Pick<Messages, 'and'>): QuickText | null {
  const q = quickComparison(ranking);
  if (!ranking.primary || q.leaders.length === 0) return null;
  const decimals = ranking.decimals;
  const n = (v: number) => formatNumber(v, decimals, lang);
  const test = q.runnerUp && q.leaders.length === 1 ? differenceText(ranking, q.leaders[0], q.runnerUp, lang, t) : null;
  return {
    leaders: q.leaders.map((r) => r.model.name).join(t.and),
    verb: q.leaders.length > 1 ? t.shareLeadWith : test && !test.real ? t.ranksFirstWith : t.leadsWith,
    metric: ranking.primary.id,
    score: n(q.leaders[0].score),
    gap:
      q.runnerUp && q.gap !== null
        ? {
            mark: rankMark(q.runnerUp.rank),
            names: tiedWith(ranking, q.runnerUp).map((r) => r.model.name).join(', '),
            value: n(q.gap),
            noise: test ? (test.real ? t.realLead : t.noRealLead)(test.evidence) : null,
          }
        : null,
    spread: q.spread !== null ? n(q.spread) : null,
  };
}

/** `row` and the rows tied with it (rows are in rank order). */
function tiedWith(ranking: BenchmarkRanking, row: RankedRow): RankedRow[] {
  const { rows } = ranking;
  let from = rows.indexOf(row);
  while (from > 0 && rows[from - 1].rank === row.rank) from--;
  let to = from;
  while (to < rows.length && rows[to].rank === row.rank) to++;
  return rows.slice(from, to);
}

