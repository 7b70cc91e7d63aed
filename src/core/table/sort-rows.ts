/** A value a column sorts by: numbers compare as numbers, text as text; undefined sorts last. */
export type SortValue = number | string | undefined;

export interface SortKey<T> {
  value: (item: T) => SortValue;
  descending: boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * A stable multi-key sort. Values are read once per item into one column per key (not per
 * comparison), and the sort moves indices, not objects. Numbers never compare as text; a missing
 * value (or NaN) sorts after every present one in either direction.
 */
export function sortRows<T>(items: readonly T[], keys: ReadonlyArray<SortKey<T>>): T[] {
  const values = keys.map((k) => items.map((item) => normalise(k.value(item))));
  const signs = keys.map((k) => (k.descending ? -1 : 1));
  const order = items.map((_, index) => index);
  order.sort((a, b) => {
    for (let k = 0; k < values.length; k++) {
      const x = values[k][a];
      const y = values[k][b];
      if (x === y) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      const diff = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      if (diff !== 0) return signs[k] * diff;
    }
    return a - b;
  });
  return order.map((index) => items[index]);
}

function normalise(value: SortValue): SortValue {
  return typeof value === 'number' && Number.isNaN(value) ? undefined : value;
}
