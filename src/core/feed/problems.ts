/** One thing wrong with a feed, located by a JSON Pointer (RFC 6901). */
export interface Problem {
  /** JSON Pointer to the offending value, e.g. `/results/12/metrics/AUROC`. */
  path: string;
  /** Plain-language description, e.g. `expected a number, got "0.9"`. */
  message: string;
  /**
   * `error`: the value cannot be used (a result with one is dropped; elsewhere the feed is
   * rejected). `warning`: usable, but a reader should know (e.g. an unknown benchmark id).
   */
  severity: 'error' | 'warning';
  /** The file it is in, when that is not the feed's own (a shard). */
  file?: string;
}

/** `path: message` (`file path: message` for a problem of a shard), the form the CLI and the elements print. */
export function formatProblem(problem: Problem): string {
  if (problem.file) return `${problem.file} ${problem.path || '(the file)'}: ${problem.message}`;
  return `${problem.path || '(the feed)'}: ${problem.message}`;
}

const SPECIAL = /[~/]/;

/** Appends one reference token to a JSON Pointer, escaping `~` and `/`. */
export function pointer(base: string, token: string | number): string {
  if (typeof token === 'number') return `${base}/${token}`;
  const text = token;
  // Most tokens need no escaping; testing first keeps validating a large feed fast.
  return `${base}/${SPECIAL.test(text) ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text}`;
}

const MAX_SHOWN = 40;

/** Describes a value for a message without echoing huge or structured input. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
      return JSON.stringify(shown) + (value.length > MAX_SHOWN ? ` (${value.length} characters)` : '');
    }
    case 'number': // NaN and Infinity print by name
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** Collects problems while a feed is walked. */
export class ProblemList {
  readonly items: Problem[] = [];

  error(path: string, message: string): void {
    this.items.push({ path, message, severity: 'error' });
  }

  warn(path: string, message: string): void {
    this.items.push({ path, message, severity: 'warning' });
  }
}
