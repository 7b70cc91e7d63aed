import { describe, pointer, type ProblemList } from './problems.js';

/** A JSON object (not null, not an array). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether text is empty or only white space: `text.trim() === ''`, which copies the text. */
export function isBlank(text: string): boolean {
  // Nearly all text starts with a printable ASCII character other than a space: not blank, known without a copy.
  const first = text.charCodeAt(0);
  return !(first > 32 && first < 127) && text.trim() === '';
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Sets a field of parsed data on `target`. A "__proto__" key (which JSON.parse makes an own
 * field) stays a plain field, defined, never assigned, so that it cannot set the prototype.
 */
export function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Reports and returns false unless `value` is an object. */
export function checkObject(problems: ProblemList, value: unknown, path: string): value is JsonObject {
  if (isObject(value)) return true;
  problems.error(path, `expected an object, got ${describe(value)}`);
  return false;
}

/** Reports and returns false unless `value` is an array. */
export function checkArray(problems: ProblemList, value: unknown, path: string): value is unknown[] {
  if (Array.isArray(value)) return true;
  problems.error(path, `expected an array, got ${describe(value)}`);
  return false;
}

interface FieldOptions {
  required?: boolean;
}

/** Checks `object[key]` is a non-empty string (or absent, when optional). */
export function checkString(
  problems: ProblemList,
  object: JsonObject,
  key: string,
  path: string,
  { required = false }: FieldOptions = {},
): boolean {
  const value = object[key];
  if (value === undefined) {
    if (required) problems.error(pointer(path, key), 'is required');
    return !required;
  }
  if (typeof value !== 'string') {
    problems.error(pointer(path, key), `expected a string, got ${describe(value)}`);
    return false;
  }
  if (required && isBlank(value)) {
    problems.error(pointer(path, key), 'must not be empty');
    return false;
  }
  return true;
}

/** Checks `object[key]` is a finite number (or absent, when optional). */
export function checkNumber(
  problems: ProblemList,
  object: JsonObject,
  key: string,
  path: string,
  { required = false, min }: FieldOptions & { min?: number } = {},
): boolean {
  const value = object[key];
  if (value === undefined) {
    if (required) problems.error(pointer(path, key), 'is required');
    return !required;
  }
  if (!isFiniteNumber(value)) {
    problems.error(pointer(path, key), `expected a number, got ${describe(value)}`);
    return false;
  }
  if (min !== undefined && value < min) {
    problems.error(pointer(path, key), `must be at least ${min}, got ${value}`);
    return false;
  }
  return true;
}

/** Checks `object[key]` is an array of strings, or of what `isItem` accepts (or absent). */
export function checkStringList(
  problems: ProblemList,
  object: JsonObject,
  key: string,
  path: string,
  isItem: (item: unknown) => boolean = (item) => typeof item === 'string',
  what = 'a string',
): boolean {
  const value = object[key];
  if (value === undefined) return true;
  const at = pointer(path, key);
  if (!checkArray(problems, value, at)) return false;
  let ok = true;
  value.forEach((item, index) => {
    if (!isItem(item)) {
      problems.error(pointer(at, index), `expected ${what}, got ${describe(item)}`);
      ok = false;
    }
  });
  return ok;
}

/** Checks `object[key]` is one of `allowed` (or absent, when optional). */
export function checkEnum(
  problems: ProblemList,
  object: JsonObject,
  key: string,
  path: string,
  allowed: readonly string[],
  { required = false }: FieldOptions = {},
): boolean {
  const value = object[key];
  const at = pointer(path, key);
  if (value === undefined) {
    if (required) problems.error(at, `is required (one of ${allowed.map((a) => `"${a}"`).join(', ')})`);
    return !required;
  }
  if (typeof value !== 'string' || !allowed.includes(value)) {
    problems.error(at, `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}`);
    return false;
  }
  return true;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** True for `2025-11-27`, `2025-12-19T12:00:13.671201`, `2025-12-19T12:00:13Z`, … */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value);
}
