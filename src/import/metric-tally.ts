// The metric catalogue of an import, kept as the runs stream past: what each reading of a metric
// said (its first reading, the first file stating each direction, the first stated range, the
// lowest and highest value), never the readings themselves, so that memory does not grow with the
// results. When the import ends, `settle` gives a suite its own id for a metric that two suites
// describe differently, and `catalogue` makes the feed's metrics.
import type { Direction, MetricDefinition, MetricRange } from '../core/index.js';
import { cmp, type ConversionLog } from './log.js';
import { lookupMetric } from './metric-catalogue.js';
import type { MetricReading } from './types.js';

interface Seen {
  seq: number;
  source: string;
}

/** What the readings of one metric id in one suite (or in none) said. */
interface Tally {
  suite: string | undefined;
  id: string;
  first: Seen & { reading: MetricReading };
  /** The first reading stating each direction. */
  stated: Map<Direction, Seen>;
  range?: Seen & { range: MetricRange };
  min: number;
  max: number;
}

export class MetricTally {
  readonly #tallies = new Map<string, Tally>();
  /** Metric id → the ways suites describe it (name, direction, range, unit). */
  readonly #described = new Map<string, Set<string>>();
  #seq = 0;

  add(reading: MetricReading, source: string): void {
    const seq = this.#seq++;
    const key = `${reading.suite ?? ''}\u0000${reading.id}`;
    let tally = this.#tallies.get(key);
    if (!tally) {
      tally = { suite: reading.suite, id: reading.id, first: { seq, source, reading }, stated: new Map(), min: Infinity, max: -Infinity };
      this.#tallies.set(key, tally);
    }
    if (reading.direction && !tally.stated.has(reading.direction)) tally.stated.set(reading.direction, { seq, source });
    if (reading.range && !tally.range) tally.range = { seq, source, range: reading.range };
    if (reading.value !== null) {
      if (reading.value < tally.min) tally.min = reading.value;
      if (reading.value > tally.max) tally.max = reading.value;
    }
    if (reading.suite) {
      const ways = this.#described.get(reading.id) ?? new Set<string>();
      ways.add(JSON.stringify([reading.name, reading.direction, reading.range, reading.unit]));
      this.#described.set(reading.id, ways);
    }
  }

  /**
   * The feed's id of a metric a suite's run reported as `id`: one id for what all suites describe
   * alike (HAL's nine leaderboards' 0–1 "score"); where two suites describe one id differently
   * (a 0–5 scale beside a 0–1 one, another direction, another name), each suite's readings get
   * their own id, `<suite>/<id>`, so that each keeps its range.
   */
  settle(suite: string | undefined, id: string): string {
    return suite && (this.#described.get(id)?.size ?? 0) > 1 ? `${suite}/${id}` : id;
  }

  /** Every metric the runs reported: what the tool said first, the built-in catalogue for the rest. */
  catalogue(log: ConversionLog): Record<string, MetricDefinition> {
    const byId = new Map<string, Tally[]>();
    for (const tally of this.#tallies.values()) {
      const id = this.settle(tally.suite, tally.id);
      const list = byId.get(id);
      if (list) list.push(tally);
      else byId.set(id, [tally]);
    }
    const catalogue: Record<string, MetricDefinition> = {};
    for (const id of [...byId.keys()].sort(cmp)) catalogue[id] = this.#definition(id, byId.get(id)!, log);
    return catalogue;
  }

  #definition(id: string, tallies: Tally[], log: ConversionLog): MetricDefinition {
    const firstOf = <T extends Seen>(list: Array<T | undefined>): T | undefined => list.reduce<T | undefined>((a, b) => (b && (!a || b.seq < a.seq) ? b : a), undefined);
    const head = firstOf(tallies.map((t) => ({ ...t.first, tally: t })))!;
    // A renamed metric keeps the tool's id as its name.
    const renamed = id !== head.tally.id;
    const first = { ...head.reading, name: head.reading.name ?? (renamed ? head.tally.id : undefined) };
    const known = lookupMetric(first.base) ?? lookupMetric(id);
    const statements = tallies.flatMap((t) => [...t.stated].map(([direction, seen]) => ({ ...seen, direction })));
    const stated = firstOf(statements);
    const direction = stated?.direction ?? known?.direction;
    const other = firstOf(statements.filter((s) => s.direction !== direction));
    if (other) log.warn(other.source, `metric ${id}: this file says ${other.direction} is better, ${stated!.source} says ${direction}; ${direction} is used`);
    if (!direction) log.warn(head.source, `metric ${id}: neither the tool nor the built-in catalogue says which way is better; ranked higher-is-better`);
    const definition: MetricDefinition = { name: first.name ?? catalogueName(known, first.base, id) ?? id, direction: direction ?? 'higher' };
    const values = { min: Math.min(...tallies.map((t) => t.min)), max: Math.max(...tallies.map((t) => t.max)) };
    definition.range = metricRange(id, firstOf(tallies.map((t) => t.range))?.range, known?.range, values, head.source, log);
    if (!definition.range) delete definition.range;
    if (known?.description) definition.description = known.description;
    if (known?.example && definition.range === known.range) definition.example = known.example;
    if (known?.decimals !== undefined) definition.decimals = known.decimals;
    const unit = first.unit ?? known?.unit;
    if (unit) definition.unit = unit;
    // A share of items right (the catalogue knows it, or the tool says its unit is a proportion):
    // an item count then gives a binomial standard error.
    const bounded = definition.range && Number.isFinite(definition.range.min) && Number.isFinite(definition.range.max);
    if (bounded && (known?.proportion || unit === 'proportion')) definition.proportion = true;
    return definition;
  }
}

/**
 * The range the tool declares, else the catalogue's, unless a value lies outside it (the lowest
 * or highest value is named). A scale that is not known to be 0–1 while values exceed 1 (a
 * percentage, a score out of 100) is declared unbounded, so that the 0–1 tier scale does not
 * rate it.
 */
function metricRange(id: string, stated: MetricRange | undefined, catalogued: MetricRange | undefined, values: { min: number; max: number }, source: string, log: ConversionLog): MetricRange | undefined {
  const range = stated ?? catalogued;
  const outside = !range ? undefined : range.min !== null && values.min < range.min ? values.min : range.max !== null && values.max > range.max ? values.max : undefined;
  if (range && outside === undefined) return range;
  if (range) log.warn(source, `metric ${id}: the value ${outside} lies outside the range ${range.min ?? '−∞'}–${range.max ?? '∞'}${stated ? '' : ' of the built-in catalogue'}; its scale is unknown, so no tiers are given`);
  else if (values.max > 1) log.warn(source, `metric ${id}: values above 1 on a scale nobody states; no tiers are given (declare a range or targets to rate it)`);
  else return undefined;
  return { min: null, max: null };
}

/** The catalogue's name for a variant keeps the variant: `Exact match (strict-match)`. */
function catalogueName(known: MetricDefinition | undefined, base: string, id: string): string | undefined {
  if (!known) return undefined;
  return id.startsWith(base) ? `${known.name}${id.slice(base.length)}` : known.name;
}
