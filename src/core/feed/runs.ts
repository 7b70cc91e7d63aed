// One evaluation run usually scores a model on several benchmarks (an Every Eval Ever record, an
// lm-eval results file); its results share the model, the file they came from and the start of
// their ids. A feed may write them together, once, in `runs`:
//   {"id": "helm/gpt-4o/1717", "model": "openai/gpt-4o", "source": "…json",
//    "results": [{"id": "MMLU", "benchmark": "helm/mmlu", "metrics": {…}}, …]}
// Reading flattens each run into whole results after the feed's own `results`: a result's id is
// the run's id, "/", its own; any other field the run has and the result lacks is copied. What is
// a result's alone (benchmark, metrics, stratified, probes, paired) never sits on the run.
import { checkArray, checkObject, checkString, isBlank, isObject, setField } from './checks.js';
import { pointer, type ProblemList } from './problems.js';

/** Fields that belong to each result of a run, never to the run. */
export const RUN_RESULT_ONLY: ReadonlySet<string> = new Set(['benchmark', 'metrics', 'stratified', 'probes', 'paired']);

/** A run that can be flattened: an object with a list of results. */
export function isRun(run: unknown): run is Record<string, unknown> & { results: unknown[] } {
  return isObject(run) && Array.isArray(run.results);
}

/**
 * The results of `runs` (parsed, untrusted), each made whole: its own fields, then those of its
 * run it does not give, then those its benchmark shares (`fieldsOf`, from `result_fields`). A run
 * that is not an object with a list of results adds nothing (the validator names it); an entry of
 * a run's results that is not an object is passed on as it is, for the validator to name.
 */
export function flattenRuns(runs: unknown, fieldsOf: (benchmark: string) => Record<string, unknown> | undefined = () => undefined): unknown[] {
  if (!Array.isArray(runs)) return [];
  const out: unknown[] = [];
  for (const run of runs) {
    if (!isRun(run)) continue;
    const shared: Record<string, unknown> = {};
    for (const key in run) if (key !== 'results' && key !== 'id' && Object.hasOwn(run, key) && !RUN_RESULT_ONLY.has(key)) setField(shared, key, run[key]);
    const sharedHasProto = Object.hasOwn(shared, '__proto__');
    const prefix = typeof run.id === 'string' ? run.id : null;
    const results = run.results;
    for (let j = 0; j < results.length; j++) {
      const r = results[j];
      if (!isObject(r)) {
        out.push(r);
        continue;
      }
      // Lowest precedence first, each later one written over it.
      const inherited = typeof r.benchmark === 'string' ? fieldsOf(r.benchmark) : undefined;
      // Object.assign is fast even in code that has not warmed up (a page's first load), unless a layer has an own "__proto__".
      const plain = !sharedHasProto && !Object.hasOwn(r, '__proto__') && !(inherited && Object.hasOwn(inherited, '__proto__'));
      const whole = plain ? Object.assign({}, inherited, shared, r) : layered(inherited ?? EMPTY, shared, r);
      if (prefix !== null && typeof r.id === 'string') whole.id = `${prefix}/${r.id}`;
      out.push(whole);
    }
  }
  return out;
}

const EMPTY: Record<string, unknown> = {};

/**
 * A new object with the fields of each layer, later ones winning, copied field by field: for
 * layers with an own "__proto__" (which JSON.parse can make), which Object.assign would assign
 * as the prototype.
 */
function layered(...layers: Array<Record<string, unknown>>): Record<string, unknown> {
  const whole: Record<string, unknown> = {};
  for (const layer of layers) for (const [key, value] of Object.entries(layer)) setField(whole, key, value);
  return whole;
}

/** Where a flattened result is written: in `results` (`run` null), or as result `at` of run `run`. */
export interface ResultPlace {
  run: number | null;
  at: number;
}

/**
 * The place in `raw` of each result a reader gets from it, in the order `expandResults` makes
 * them: the feed's own `results`, then each usable run's.
 */
export function resultPlaces(raw: Record<string, unknown>): ResultPlace[] {
  const places: ResultPlace[] = Array.isArray(raw.results) ? raw.results.map((_, at) => ({ run: null, at })) : [];
  if (Array.isArray(raw.runs)) raw.runs.forEach((run, k) => {
    if (isRun(run)) run.results.forEach((_, at) => places.push({ run: k, at }));
  });
  return places;
}

/**
 * The shape of `raw.runs` (what flattening cannot show): a list of objects, each with a list of
 * results and nothing on it that is a result's alone. The results themselves are checked once
 * flattened, like any other.
 */
export function checkRuns(problems: ProblemList, raw: Record<string, unknown>, at = '/runs'): void {
  if (raw.runs === undefined || !checkArray(problems, raw.runs, at)) return;
  raw.runs.forEach((run, k) => {
    const place = pointer(at, k);
    if (!checkObject(problems, run, place)) return;
    if (checkString(problems, run, 'id', place) && run.id === '') problems.error(pointer(place, 'id'), 'must not be empty: it starts the id of each result of the run');
    if (run.results === undefined) problems.error(pointer(place, 'results'), 'is required: the results of the run');
    else if (checkArray(problems, run.results, pointer(place, 'results')) && typeof run.id === 'string') {
      // Made whole, an empty id would end in "/" and pass: it is said here.
      const results = run.results;
      for (let j = 0; j < results.length; j++) {
        const r = results[j];
        if (isObject(r) && typeof r.id === 'string' && isBlank(r.id)) problems.error(pointer(pointer(pointer(place, 'results'), j), 'id'), 'must not be empty');
      }
    }
    for (const key of RUN_RESULT_ONLY) {
      if (Object.hasOwn(run, key)) problems.error(pointer(place, key), `belongs to each result of the run, not to the run`);
    }
  });
}
