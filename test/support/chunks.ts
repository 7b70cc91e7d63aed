// The page build loads some parts on demand (src/internal/lazy.ts); tests of what those parts
// show load them first, so that the elements draw them at once, as they did in one bundle. What
// a page fetches and when, the placeholders and the retry are tested end to end
// (test/node/chunks-e2e.test.mjs).
import { chartChunk } from '../../src/elements/score-distribution/chart-chunk.js';
import { changesChunk, compareChunk, facetsChunk } from '../../src/elements/leaderboard/hub-chunks.js';
import { sectionsChunk } from '../../src/elements/leaderboard/benchmark-article.js';
import { exportChunk } from '../../src/elements/leaderboard-table/export-chunk.js';
import { extrasChunk } from '../../src/elements/leaderboard-table/extras-chunk.js';
import { detailsChunk } from '../../src/elements/leaderboard-table/details-chunk.js';
import { positioning } from '../../src/controllers/popover-controller.js';
import { explainerChunk } from '../../src/elements/metric-explainer/explainer-chunk.js';
import { podiumChunk } from '../../src/elements/podium/podium-chunk.js';
import { tierBadgeChunk } from '../../src/elements/tier-badge/tier-badge-chunk.js';

/**
 * Loads every chunk loaded on demand. As a mocha hook (`before(loadChunks)`) it allows itself 30 s:
 * the test server compiles each module on its first request, which on a busy machine can take
 * longer than a test's 10 s.
 */
export async function loadChunks(this: { timeout?(ms: number): void } | void): Promise<void> {
  (this as { timeout?(ms: number): void } | undefined)?.timeout?.(30_000);
  await Promise.all([chartChunk, changesChunk, compareChunk, exportChunk, extrasChunk, positioning, explainerChunk, podiumChunk, tierBadgeChunk, detailsChunk, sectionsChunk, facetsChunk].map((chunk) => chunk.get()));
}
