// Files → one feed: each file recognised by its content and converted by its format's converter;
// every file ends as results or as a warning that names it and says why.
import { FeedBuilder, ResultList, type BuiltFeed, type ResultSink } from './feed-builder.js';
import { detect, type Found } from './detect.js';
import { convertEee } from './formats/eee.js';
import { convertInspect } from './formats/inspect.js';
import { convertLmEval } from './formats/lm-eval.js';
import { readEeeSamples, readLmEvalSamples } from './formats/samples.js';
import { convertEvalResults, convertModelIndex } from './formats/model-card.js';
import { cmp, isRecord, text, ConversionLog } from './log.js';
import type { ImportedRun, ImportFile, ImportFormat, ImportOptions } from './types.js';
import type { Feed } from '../core/index.js';

/** What happened to each file. */
export interface FileReport {
  path: string;
  /** The format it was read as, or null when it was in none. */
  format: ImportFormat | null;
  results: number;
}

export interface ImportOutcome {
  feed: Feed;
  files: FileReport[];
}

/** Converts evaluation tools' output files into one feed. Pure: no file system, no clock. */
export function importFiles(files: ImportFile[], options: ImportOptions = {}): ImportOutcome {
  const list = new ResultList();
  const { built, files: reports } = importFilesInto(files, list, options);
  return { feed: { ...built.feed, results: built.settle(list.items) }, files: reports };
}

/**
 * The same, with each result handed to `sink` as its file is read (the CLI writes them to disk,
 * suite by suite): what stays in memory is the feed around the results.
 */
export function importFilesInto(files: ImportFile[], sink: ResultSink, options: ImportOptions = {}): { built: BuiltFeed; files: FileReport[] } {
  const log = new ConversionLog();
  const builder = new FeedBuilder(log, options, sink);
  const sorted = [...files].sort((a, b) => cmp(a.path, b.path));
  // Model cards first (an .eval_results file takes its model from its repository's README); then
  // one file at a time, so that only one file's content and parsed data are held at once.
  const cards = sorted.filter((file) => CARD_FILE.test(file.path));
  const cardModels = modelsOfCards(cards.flatMap((file) => safeDetect(file, options.format).found.map((found) => ({ path: file.path, found }))));

  const reports: FileReport[] = [];
  for (const file of sorted) {
    const detection = safeDetect(file, options.format, options.cluster !== undefined);
    for (const problem of detection.problems) log.warn(file.path, `skipped: ${problem}`);
    let count = 0;
    let format: ImportFormat | null = null;
    for (const found of detection.found) {
      const source = file.path;
      if (found.format === 'lm-eval-samples' || found.format === 'eee-samples') {
        format = found.format === 'lm-eval-samples' ? 'lm-eval' : 'eee';
        const records = found.data as unknown[];
        for (const batch of found.format === 'lm-eval-samples' ? readLmEvalSamples(records, source, log, options.cluster) : readEeeSamples(records, source, log, options.cluster)) builder.addItems(batch);
        continue;
      }
      const converted = convert(found, source, log, options, cardModels, file.place ?? file.path);
      format = found.format === 'eval-results' ? 'model-index' : found.format;
      count += converted.length;
      for (const run of converted) builder.add(run);
    }
    reports.push({ path: file.path, format, results: count });
    options.onProgress?.(reports.length, sorted.length);
  }
  return { built: builder.finish(), files: reports };
}

/** Files that may be a model card (a README's front matter, a model-index YAML). */
const CARD_FILE = /\.(md|markdown|ya?ml)$/i;

/** Detection never throws: an unexpected failure is the file's problem, named. */
function safeDetect(file: ImportFile, forced?: ImportFormat, samples = false) {
  try {
    return detect(file, forced, { samples });
  } catch (error) {
    return { found: [], problems: [`could not be read: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

function convert(found: Found, source: string, log: ConversionLog, options: ImportOptions, cardModels: Map<string, string>, place: string): ImportedRun[] {
  const where = found.at && found.at !== 'header.json' ? `${source} (${found.at})` : source;
  try {
    switch (found.format) {
      case 'lm-eval':
        return convertLmEval(found.data, where, log, options).map((run) => ({ ...run, source }));
      case 'inspect':
        return convertInspect(found.data, where, log, options.cluster, found.archiveSamples).map((run) => ({ ...run, source }));
      case 'eee':
        return convertEee(found.data, where, log, place).map((run) => ({ ...run, source }));
      case 'model-index':
        return convertModelIndex(found.data, source, log);
      case 'lm-eval-samples':
      case 'eee-samples':
        return []; // per-item scores: read in importFilesInto
      case 'eval-results': {
        const model = evalResultsModel(source, cardModels, options, log);
        return model ? convertEvalResults(found.data, source, model, log) : [];
      }
    }
  } catch (error) {
    // A converter bug must not take the other files down with it.
    log.warn(where, `skipped: the ${found.format} converter failed: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

/** Model repository folder → the model its README's model-index names. */
function modelsOfCards(found: Array<{ path: string; found: Found }>): Map<string, string> {
  const models = new Map<string, string>();
  for (const { path, found: f } of found) {
    if (f.format !== 'model-index' || !isRecord(f.data) || !Array.isArray(f.data['model-index'])) continue;
    const first = f.data['model-index'][0];
    const name = isRecord(first) ? text(first.name) : undefined;
    if (name) models.set(folderOf(path), name);
  }
  return models;
}

/**
 * The model of `<repo>/.eval_results/x.yaml`: --model, else the model-index name of
 * `<repo>/README.md`, else the folder's name (said once per folder).
 */
function evalResultsModel(source: string, cardModels: Map<string, string>, options: ImportOptions, log: ConversionLog): string | undefined {
  if (options.model) return options.model;
  const match = /^(.*?)(?:^|\/)\.eval_results\/[^/]+$/.exec(source);
  const repo = match ? match[1] : undefined;
  if (repo === undefined || repo === '' || repo === '.' || repo === '..') {
    log.warn(source, 'skipped: an .eval_results file names no model and is not inside a model folder; give --model <id>');
    return undefined;
  }
  const fromCard = cardModels.get(repo);
  if (fromCard) return fromCard;
  const folder = repo.replace(/^.*\//, '');
  log.once(`eval-results model ${repo}`, source, `the model is "${folder}", the name of the folder that holds .eval_results (the format does not name it; set --model to override)`);
  return folder;
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
