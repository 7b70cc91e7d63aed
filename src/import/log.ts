// What a converter did or could not do, each note tied to the file it concerns, and the small
// readers of untyped data that every converter needs.
import type { FeedWarning } from '../core/index.js';

// The validator's readers of untyped data, shared rather than copied.
export { isFiniteNumber, isObject as isRecord } from '../core/feed/checks.js';
export { describe as describeValue } from '../core/feed/problems.js';

/** Collects what the converter did or could not do, each tied to the file it concerns. */
export class ConversionLog {
  readonly warnings: FeedWarning[] = [];
  /** Notes said once for many files: key → the note and how many further files it concerns. */
  private readonly onceNotes = new Map<string, { warning: FeedWarning; more: Set<string> }>();

  warn(source: string, message: string): void {
    this.warnings.push({ source, message });
  }

  /**
   * A note that many files would repeat (a task with no standard error in every run): said once,
   * for the first file, with how many other files it also concerns.
   */
  once(key: string, source: string, message: string): void {
    const note = this.onceNotes.get(key);
    if (!note) this.onceNotes.set(key, { warning: { source, message }, more: new Set() });
    else if (note.warning.source !== source) note.more.add(source);
  }

  /** Sorted by file, then message: the same input always gives the same list. */
  sorted(): FeedWarning[] {
    const onceWarnings = [...this.onceNotes.values()].map(({ warning, more }) =>
      more.size === 0 ? warning : { source: warning.source, message: `${warning.message} (also in ${more.size} other file${more.size === 1 ? '' : 's'})` },
    );
    return [...this.warnings, ...onceWarnings].sort((a, b) => cmp(a.source ?? '', b.source ?? '') || cmp(a.message, b.message));
  }
}

/**
 * A warning's kind: its message with the particulars (quoted names, numbers) left out, so that
 * "no standard error … for "GAIA"" and "… for "USACO"" are one kind.
 */
export function warningKind(message: string): string {
  return message.replace(/"[^"]*"/g, '"…"').replace(/\d+(?:[.,]\d+)*/g, 'N');
}

/**
 * Many warnings → one per kind, in the order of each kind's first: a kind met once stays as it
 * is; a kind met more often keeps its first message and file, with `kind`, `count` and up to
 * `examples` more files.
 */
export function summariseWarnings(warnings: FeedWarning[], examples = 3): FeedWarning[] {
  const byKind = new Map<string, { first: FeedWarning; count: number; files: Set<string> }>();
  for (const w of warnings) {
    const kind = w.kind ?? warningKind(w.message); // a summary (from a merged feed) joins its kind
    const entry = byKind.get(kind) ?? { first: w, count: 0, files: new Set<string>() };
    byKind.set(kind, entry);
    entry.count += w.count ?? 1;
    for (const file of [w.source, ...(w.examples ?? [])]) {
      if (file && file !== entry.first.source && entry.files.size < examples) entry.files.add(file);
    }
  }
  return [...byKind].map(([kind, { first, count, files }]) => {
    if (count === 1) return first;
    const { message, source } = first;
    return { message, ...(source ? { source } : {}), kind, count, ...(files.size > 0 ? { examples: [...files] } : {}) };
  });
}

/** Code-unit order: the same on every machine and locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A non-empty trimmed string (numbers as their text), or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
