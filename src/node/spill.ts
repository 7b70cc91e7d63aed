// An import's results on disk while the files are read: one file of lines per suite in a
// temporary folder, so that a datastore of many leaderboards is held one suite at a time when
// its feed is written (write-feed.ts, writeImportedFeed), never whole.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../core/index.js';
import type { ResultSink } from '../import/index.js';

/** Lines are written in blocks of about this many characters. */
const BLOCK = 1 << 20;

interface SuiteFile {
  path: string;
  fd: number;
  pending: string[];
  pendingLength: number;
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

  add(result: Result, suite: string | null, tag: string | undefined): void {
    let file = this.#files.get(suite);
    if (!file) {
      const path = join(this.dir, `${this.#files.size}.jsonl`);
      file = { path, fd: openSync(path, 'w'), pending: [], pendingLength: 0 };
      this.#files.set(suite, file);
    }
    const line = JSON.stringify([tag ?? null, result]);
    file.pending.push(line);
    file.pendingLength += line.length + 1;
    this.length += line.length + 1;
    if (file.pendingLength >= BLOCK) this.#flush(file);
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
    for (const file of this.#files.values()) closeSync(file.fd);
    this.#files.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }

  #flush(file: SuiteFile): void {
    if (file.pending.length === 0) return;
    writeSync(file.fd, file.pending.join('\n') + '\n');
    file.pending = [];
    file.pendingLength = 0;
  }
}
