import type { FeedWarning } from '../../core/index.js';

/** Collects what the converter did or could not do, each tied to the file it concerns. */
export class ConversionLog {
  readonly warnings: FeedWarning[] = [];

  warn(source: string, message: string): void {
    this.warnings.push({ source, message });
  }

  /** Sorted by file, then message: the same input always gives the same list. */
  sorted(): FeedWarning[] {
    return [...this.warnings].sort((a, b) => cmp(a.source ?? '', b.source ?? '') || cmp(a.message, b.message));
  }
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A non-empty trimmed string, or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Multi-line YAML text as readable prose: lines joined, paragraphs kept. */
export function prose(value: unknown): string | undefined {
  const t = text(value);
  return t
    ?.split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .join('\n\n');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
