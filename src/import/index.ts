// fm-leaderboard/import: evaluation tools' output → a feed, and feeds joined into one. Pure
// functions (data in, feed out; no file system), for Node and bundlers; not in the browser bundle.
export { importFiles, importFilesInto, type FileReport, type ImportOutcome } from './import-files.js';
export { ResultList, type BuiltFeed, type ResultSink } from './feed-builder.js';
export { mergeFeeds, type MergeOptions, type MergeOutcome } from './merge.js';
export { detect, type Detection } from './detect.js';
export { IMPORT_FORMATS, type ImportFile, type ImportFormat, type ImportOptions } from './types.js';
export { lookupMetric } from './metric-catalogue.js';
export { summariseWarnings, warningKind } from './log.js';
