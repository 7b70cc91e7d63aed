// Malformed feeds made from a good one, for fuzzing: each case is one mutation of one kind.
import { seededRandom } from './random.mjs';

export const KINDS = ['wrong-type', 'missing', 'null', 'nan-string', 'extreme-number', 'duplicate-id', 'unknown-reference', 'deep-nesting', 'huge-string', 'text'];

/** Every path (array of keys) in a JSON value, the root excluded. */
function paths(value, prefix = [], out = []) {
  if (value === null || typeof value !== 'object') return out;
  for (const key of Object.keys(value)) {
    out.push([...prefix, key]);
    paths(value[key], [...prefix, key], out);
  }
  return out;
}

function nested(depth) {
  let v = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? { x: v } : [v];
  return v;
}

const WRONG = [() => 'text', () => 7, () => true, () => [], () => ({}), () => [1, 'two'], () => ({ value: 'x' })];
const NAN_STRINGS = ['NaN', 'Infinity', '-Infinity', '0.9', '1e999', ''];
const EXTREME = [-1, -1e308, 1e308, Number.MAX_SAFE_INTEGER * 10, -0, 5e-324, 1e21];

/**
 * A generator of `count` cases from `feed`, deterministic for a seed. A case is
 * { kind, path, text } (text-level cases: what the file would contain) or { kind, path, data }.
 */
export function* malformedFeeds(feed, count, seed = 1) {
  const rand = seededRandom(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const all = paths(feed);
  const numbers = all.filter((p) => typeof p.reduce((o, k) => o[k], feed) === 'number');
  const ids = all.filter((p) => p.at(-1) === 'id');
  const refs = all.filter((p) => ['benchmark', 'model', 'primary_metric', 'dataset'].includes(p.at(-1)));
  const json = JSON.stringify(feed);
  for (let n = 0; n < count; n++) {
    const kind = KINDS[n % KINDS.length];
    if (kind === 'text') {
      const variant = Math.floor(rand() * 40);
      const text =
        variant < 10 ? json.slice(0, Math.floor(rand() * json.length))
        : variant < 14 ? '\uFEFF' + json
        : variant < 18 ? ''
        : variant < 22 ? '   \n\t '
        : variant < 26 ? '<!doctype html><title>404</title>'
        : variant < 30 ? json.replace(/"/g, "'")
        : variant < 34 ? String.fromCharCode(...Array.from({ length: 64 }, () => Math.floor(rand() * 256)))
        : json + ' trailing';
      yield { kind, path: '', text };
      continue;
    }
    const data = structuredClone(feed);
    const at = (p) => p.slice(0, -1).reduce((o, k) => o[k], data);
    let path;
    if (kind === 'duplicate-id') {
      path = pick(ids);
      const siblings = ids.filter((p) => p.length === path.length && p[0] === path[0] && p[1] !== path[1]);
      if (siblings.length) at(path)[path.at(-1)] = siblings[0].reduce((o, k) => o[k], data);
    } else if (kind === 'unknown-reference') {
      path = pick(refs);
      at(path)[path.at(-1)] = `nope-${n}`;
    } else if (kind === 'extreme-number' || kind === 'nan-string') {
      path = pick(numbers);
      at(path)[path.at(-1)] = kind === 'nan-string' ? pick(NAN_STRINGS) : pick(EXTREME);
    } else {
      path = pick(all);
      const parent = at(path);
      const key = path.at(-1);
      if (kind === 'missing') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
      else if (kind === 'null') parent[key] = null;
      else if (kind === 'wrong-type') parent[key] = pick(WRONG)();
      else if (kind === 'deep-nesting') parent[key] = nested(10_000);
      else if (kind === 'huge-string') parent[key] = n % 200 === 8 ? 'x'.repeat(10 * 1024 * 1024) : 'y'.repeat(100_000);
    }
    yield { kind, path: '/' + path.join('/'), data };
  }
}
