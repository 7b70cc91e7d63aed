// fm-leaderboard/node: feed files on disk, for the CLI, scripts and tests. A feed may be one file
// or an index with a shard per suite beside it; `readFeed` joins them into what the core's
// `loadFeed` returns for the one-file feed, and `writeFeedFiles` writes a feed as one file or
// as an index and shards.
export { readFeed, type ReadFeed } from './read-feed.js';
export { feedJson, SHARD_THRESHOLD, writeFeedFiles, writeImportedFeed, type ShardMode, type WrittenFeed } from './write-feed.js';
export { SuiteSpill, type Spilled } from './spill.js';
// The pure halves of writing and reading files, for scripts (kept out of the browser's core).
export { compactResults, withRuns } from '../core/feed/compact-results.js';
export { joinShards, problemInShard, splitFeed, type ResultOrigin } from '../core/shards/shards.js';
