// Which format a file is in, from its content (never its name): JSON objects by their keys, JSON
// Lines record by record, a `.eval` archive by its zip signature, a model card by its front
// matter, an `.eval_results` file by its YAML shape. What is in no known format says why.
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { parseFeedText } from '../core/index.js';
import { looksLikeEee } from './formats/eee.js';
import { looksLikeInspect } from './formats/inspect.js';
import { looksLikeLmEval } from './formats/lm-eval.js';
import { looksLikeEvalResults } from './formats/model-card.js';
import { looksLikeEeeSample, looksLikeLmEvalSample } from './formats/samples.js';
import { isRecord } from './log.js';
import type { ImportFile, ImportFormat } from './types.js';

/** One document found in a file; `at` says where inside it (a JSON Lines line), when it is not the whole file. */
export interface Found {
  /** `lm-eval-samples`, `eee-samples`: a file of per-item scores, `data` its lines. */
  format: ImportFormat | 'eval-results' | 'lm-eval-samples' | 'eee-samples';
  data: unknown;
  at?: string;
  /** A `.eval` archive's samples (their ids and metadata), read only when asked (`--cluster`), and what could not be read of them. */
  archiveSamples?: ArchiveSamples;
}

/** The samples of a `.eval` archive as `--cluster` needs them: each one's id and metadata, and the entries that could not be read. */
export interface ArchiveSamples {
  samples: Array<{ id: unknown; metadata: unknown }>;
  unreadable: string[];
}

export type Detection = { found: Found[]; problems: string[] };

/** Largest `header.json` read out of a `.eval` archive (real ones are a few kB). */
const MAX_HEADER_BYTES = 64 * 1024 * 1024;
/** Text past this size is not tried as YAML (YAML parsing is slow on large non-YAML text). */
const MAX_YAML_CHARS = 8 * 1024 * 1024;

/** `samples`: also read a `.eval` archive's samples' ids and metadata (which `--cluster` reads its field from). */
export function detect(file: ImportFile, forced?: ImportFormat, { samples = false } = {}): Detection {
  const given = file.content; // read once: the CLI reads a file's bytes from disk when asked
  const bytes = typeof given === 'string' ? null : given;
  if (bytes && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return readEvalArchive(bytes, samples);
  const raw = bytes ? strFromU8(bytes) : (given as string);
  const content = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (content.trim() === '') return fail('the file is empty');
  if (content.includes('\u0000')) return fail('a binary file in no known format');

  if (/^---[ \t]*\r?\n/.test(content)) return readFrontMatter(content);
  const first = content.trimStart()[0];
  if (first === '{' || first === '[') return readJson(content, forced);
  if (content.length <= MAX_YAML_CHARS) {
    let data: unknown;
    try {
      data = parseYaml(content);
    } catch {
      return fail('in no known format');
    }
    if (looksLikeEvalResults(data) || (forced === 'model-index' && Array.isArray(data))) return { found: [{ format: 'eval-results', data }], problems: [] };
  }
  return fail('in no known format');
}

function fail(reason: string): Detection {
  return { found: [], problems: [reason] };
}

/** An Inspect `.eval` archive: its `header.json` holds the log without the samples (`samples/<id>_epoch_<n>.json`, read when asked). */
function readEvalArchive(bytes: Uint8Array, withSamples: boolean): Detection {
  let entries: Record<string, Uint8Array>;
  let tooBig = false;
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name !== 'header.json' && entry.name !== 'reductions.json') return false;
        tooBig ||= entry.originalSize > MAX_HEADER_BYTES;
        return !tooBig;
      },
    });
  } catch (error) {
    return fail(`a zip archive that cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (tooBig) return fail(`an Inspect .eval archive whose header.json or reductions.json is over ${MAX_HEADER_BYTES / 1024 / 1024} MB`);
  const header = entries['header.json'];
  if (!header) return fail('a zip archive without header.json (an Inspect .eval log that did not finish, or not one)');
  const parsed = parseFeedText(strFromU8(header));
  if (!parsed.ok) return fail(`header.json in the archive is ${parsed.message}`);
  if (!isRecord(parsed.data) || !looksLikeInspect(parsed.data)) return fail('a zip archive whose header.json is not an Inspect log');
  // Each sample's score over its epochs, for per-item statistics (the samples themselves are not read).
  const reductions = entries['reductions.json'] && parseFeedText(strFromU8(entries['reductions.json']));
  const data = reductions && reductions.ok && parsed.data.reductions === undefined ? { ...parsed.data, reductions: reductions.data } : parsed.data;
  return { found: [{ format: 'inspect', data, at: 'header.json', ...(withSamples ? { archiveSamples: archiveSamples(bytes) } : {}) }], problems: [] };
}

const SAMPLE_ENTRY = /^samples\/[^/]+\.json$/;
/** Sample entries decompressed together, at most (a sample holds its whole transcript; only its id and metadata are kept). */
const SAMPLE_BATCH_BYTES = 64 * 1024 * 1024;

/** Each sample's id and metadata, decompressed a batch at a time so that memory stays bounded by the batch, not the archive. */
function archiveSamples(bytes: Uint8Array): ArchiveSamples {
  const sizes = new Map<string, number>();
  unzipSync(bytes, { filter: (entry) => (SAMPLE_ENTRY.test(entry.name) && sizes.set(entry.name, entry.originalSize), false) });
  const out: ArchiveSamples = { samples: [], unreadable: [] };
  const names = [...sizes.keys()];
  for (let start = 0; start < names.length; ) {
    const batch = new Set<string>();
    let total = 0;
    while (start < names.length && (batch.size === 0 || total + sizes.get(names[start])! <= SAMPLE_BATCH_BYTES)) {
      total += sizes.get(names[start])!;
      batch.add(names[start++]);
    }
    const entries = unzipSync(bytes, { filter: (entry) => batch.has(entry.name) && entry.originalSize <= SAMPLE_BATCH_BYTES });
    for (const name of batch) {
      const parsed = entries[name] ? parseFeedText(strFromU8(entries[name])) : null;
      if (parsed?.ok && isRecord(parsed.data)) out.samples.push({ id: parsed.data.id, metadata: parsed.data.metadata });
      else out.unreadable.push(name);
    }
  }
  return out;
}

function readFrontMatter(content: string): Detection {
  const end = /\r?\n---[ \t]*(\r?\n|$)/.exec(content.slice(3));
  if (!end) return fail('front matter that never ends (no closing ---)');
  const yamlText = content.slice(3, 3 + end.index);
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    return fail(`front matter that is not valid YAML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
  }
  if (!isRecord(data) || !('model-index' in data)) return fail('a Markdown file whose front matter has no model-index');
  return { found: [{ format: 'model-index', data }], problems: [] };
}

function readJson(content: string, forced?: ImportFormat): Detection {
  const parsed = parseFeedText(content);
  if (parsed.ok) {
    const format = forced ?? jsonFormat(parsed.data);
    if (typeof format === 'string' && format !== 'model-index') return { found: [{ format, data: parsed.data }], problems: [] };
    return fail(typeof format === 'object' ? format.reason : 'JSON in no known format');
  }
  // Not one JSON value: JSON Lines (one record per line), or broken JSON.
  const lines = content.split(/\r?\n/);
  const firstLine = lines.findIndex((l) => l.trim() !== '');
  const firstRecord = parseFeedText(lines[firstLine]);
  if (!firstRecord.ok || !isRecord(firstRecord.data)) return fail(parsed.message.replace('the feed is empty', 'the file is empty'));
  const samples = looksLikeLmEvalSample(firstRecord.data) ? 'lm-eval-samples' : looksLikeEeeSample(firstRecord.data) ? 'eee-samples' : null;
  if (samples && !forced) return readSampleLines(lines, samples);
  const found: Found[] = [];
  const problems: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const record = parseFeedText(line);
    if (!record.ok) {
      problems.push(`line ${i + 1}: ${record.message.replace(/ at line 1, /, ' at ')}`);
      return;
    }
    const format = forced ?? jsonFormat(record.data);
    if (typeof format === 'string' && format !== 'model-index') found.push({ format, data: record.data, at: `line ${i + 1}` });
    else problems.push(`line ${i + 1}: ${typeof format === 'object' ? format.reason : 'a record in no known format'}`);
  });
  return { found, problems };
}

/** A file of per-item scores, one item per line: read whole; a line that is not JSON is named. */
function readSampleLines(lines: string[], format: 'lm-eval-samples' | 'eee-samples'): Detection {
  const records: unknown[] = [];
  const problems: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const record = parseFeedText(line);
    if (record.ok) records.push(record.data);
    else problems.push(`line ${i + 1}: ${record.message.replace(/ at line 1, /, ' at ')}`);
  });
  return { found: [{ format, data: records }], problems };
}

/** The format of a JSON value, or why it is none. */
function jsonFormat(data: unknown): ImportFormat | { reason: string } {
  if (!isRecord(data)) return { reason: 'JSON that is not an object, in no known format' };
  if (looksLikeEee(data)) return 'eee';
  if (looksLikeInspect(data)) return 'inspect';
  if (looksLikeLmEval(data)) return 'lm-eval';
  if (typeof data.$schema === 'string') return { reason: 'a JSON Schema, not results' };
  if (typeof data.version === 'string' && Array.isArray(data.results) && Array.isArray(data.benchmarks)) {
    return { reason: 'an fm-leaderboard feed, not tool output (add it with --merge, or use the merge command)' };
  }
  return { reason: 'JSON in no known format' };
}
