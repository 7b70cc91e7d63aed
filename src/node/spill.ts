// An import's results on disk while the files are read: one file of lines per suite in a
// temporary folder, so that a datastore of many leaderboards is held one suite at a time when
// its feed is written (write-feed.ts, writeImportedFeed), never whole.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../core/index.js';
import type { ResultSink } from '../import/index.js';

/** Lines wait in memory up to about this many characters in all, then every suite's are appended to its file. */
const PENDING = 8 << 20;

interface SuiteFile {
  path: string;
  pending: string[];
}

export interface Spilled {
  result: Result;
  tag: string | undefined;
}

export class SuiteSpill implements ResultSink {
  /** The temporary folder, removed by `close`. */
  readonly dir = mkdtempSync(join(tmpdir(), 'fm-leaderboard-import-'));
  readonly #files = new Map<string | null, SuiteFile>();
  /** Characters written so far, in all suites. */
  length = 0;

  #pending = 0;

  /** `pending`: characters of lines held in memory before they are appended to their files. */
  constructor(private readonly limit = PENDING) {}

  add(result: Result, suite: string | null, tag: string | undefined): void {
    let file = this.#files.get(suite);
    if (!file) {
      file = { path: join(this.dir, `${this.#files.size}.jsonl`), pending: [] };
      this.#files.set(suite, file);
    }
    const line = JSON.stringify([tag ?? null, result]);
    file.pending.push(line);
    this.#pending += line.length + 1;
    this.length += line.length + 1;
    // Files are opened only to append a block: a datastore of thousands of leaderboards holds no file open.
    if (this.#pending >= this.limit) for (const f of this.#files.values()) this.#flush(f);
  }

  /** The suites (`null`: results of benchmarks in no suite) that have results, in the order they came. */
  suites(): Array<string | null> {
    return [...this.#files.keys()];
  }

  /** One suite's results, in the order they came. */
  read(suite: string | null): Spilled[] {
    const file = this.#files.get(suite);
    if (!file) return [];
    this.#flush(file);
    const text = readFileSync(file.path, 'utf8');
    const out: Spilled[] = [];
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const [tag, result] = JSON.parse(line) as [string | null, Result];
      out.push({ result, tag: tag ?? undefined });
    }
    return out;
  }

  /** Every suite's results. */
  readAll(): Spilled[] {
    return this.suites().flatMap((suite) => this.read(suite));
  }

  /** Removes the temporary folder. */
  close(): void {
    this.#files.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }

  #flush(file: SuiteFile): void {
    if (file.pending.length === 0) return;
    const text = file.pending.join('\n') + '\n';
    appendFileSync(file.path, text);
    this.#pending -= text.length;
    file.pending = [];
  }
}
