// The converters' shared log and readers live in src/import/log.ts; prose() is the hub's own.
import { text } from '../../import/log.js';

export { cmp, ConversionLog, isRecord, text } from '../../import/log.js';

/** Multi-line YAML text as readable prose: lines joined, paragraphs kept. */
export function prose(value: unknown): string | undefined {
  const t = text(value);
  return t
    ?.split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .join('\n\n');
}
