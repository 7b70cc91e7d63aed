// Which differences between two ranked models are real, in words: the compare view's sentence
// ("A is ahead of B by 0.018 (95 % CI 0.009 to 0.027, paired over 1,319 items)" or "no real
// difference"), the quick comparison's gap and the podium's "statistically tied with #1". The
// test is core's (ranking/tie-groups.ts): paired over items where the feed has it, else from the
// two standard errors.
import { testDifference, TIE_LEVEL, Z95, type BenchmarkRanking, type Difference, type RankedRow } from '../core/index.js';
import type { SectionMessages } from '../i18n/section-messages.js';
import { formatNumber } from '../internal/text-format.js';

/** The test of `a` against `b` on the ranking's primary metric; null when neither has an error or a pairing. */
export function rowTest(ranking: BenchmarkRanking, a: RankedRow, b: RankedRow): Difference | null {
  if (!ranking.primary) return null;
  const tested = (row: RankedRow) => ({ result: row.result, score: row.score, se: row.error?.se ?? null });
  return testDifference(tested(a), tested(b), ranking.primary.id);
}

/** True when the data cannot tell `row` from the leader; false when it can; null when it cannot say. */
export function tiedWithLeader(ranking: BenchmarkRanking, row: RankedRow): boolean | null {
  const leader = ranking.rows[0];
  if (!leader || row === leader) return null;
  const test = rowTest(ranking, row, leader);
  return test === null ? null : !test.real;
}

export interface DifferenceText {
  /** The data tells them apart. */
  real: boolean;
  /** The whole sentence. */
  sentence: string;
  /** "95 % CI 0.009 to 0.027, paired over 1,319 items". */
  evidence: string;
}

/** What the data says of the gap between `a` and `b`, in `t`'s language; null when it cannot say (no error, no pairing). */
export function differenceText(ranking: BenchmarkRanking, a: RankedRow, b: RankedRow, lang: string, t: SectionMessages): DifferenceText | null {
  const test = rowTest(ranking, a, b);
  if (!test || !ranking.primary) return null;
  const lower = ranking.primary.definition.direction === 'lower';
  const aAhead = lower ? test.difference <= 0 : test.difference >= 0;
  const [ahead, behind] = aAhead ? [a, b] : [b, a];
  const gap = Math.abs(test.difference);
  const n = (v: number) => formatNumber(v, ranking.decimals, lang);
  const how = test.paired !== null ? t.pairedOver(formatNumber(test.paired, 0, lang), test.paired) : t.separateErrors;
  const evidence = t.evidence(String(Math.round(TIE_LEVEL * 100)), n(gap - Z95 * test.se), n(gap + Z95 * test.se), how);
  const { real } = test;
  const sentence = (real ? t.aheadBy : t.noRealDifference)(ahead.model.name, behind.model.name, n(gap), evidence);
  return { real, sentence, evidence };
}
