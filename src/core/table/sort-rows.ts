/** A value a column sorts by: numbers compare as numbers, text as text; undefined sorts last. */
export type SortValue = number | string | undefined;

export interface SortKey<T> {
  value: (item: T) => SortValue;
  descending: boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * A stable multi-key sort. Values are read once per item (not per comparison). Numbers never
 * compare as text; a missing value (or NaN) sorts after every present one in either direction.
 */
export function sortRows<T>(items: readonly T[], keys: ReadonlyArray<SortKey<T>>): T[] {
  const decorated = items.map((item, index) => ({ item, index, values: keys.map((k) => normalise(k.value(item))) }));
  decorated.sort((a, b) => {
    for (let k = 0; k < keys.length; k++) {
      const x = a.values[k];
      const y = b.values[k];
      if (x === y) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      if (order !== 0) return keys[k].descending ? -order : order;
    }
    return a.index - b.index;
  });
  return decorated.map((d) => d.item);
}

function normalise(value: SortValue): SortValue {
  return typeof value === 'number' && Number.isNaN(value) ? undefined : value;
}
