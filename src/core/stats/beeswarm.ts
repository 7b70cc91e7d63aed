/**
 * A beeswarm: dots at their x positions, each moved up or down just enough that no two overlap.
 * Dots are placed in x order; each takes the offset nearest the centre line among 0 and the
 * offsets that just touch an already placed neighbour. Only dots within one diameter in x can
 * collide, so each placement looks at a window of neighbours, not at every dot.
 * Returns the y offset of each input, in input order.
 */
export function beeswarm(xs: readonly number[], radius: number, padding = 1): number[] {
  const diameter = 2 * radius + padding;
  const d2 = diameter * diameter - 1e-9;
  const order = xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b]);
  const ys = new Array<number>(xs.length).fill(0);
  const placed: number[] = []; // indices, in x order
  let windowStart = 0;
  for (const i of order) {
    while (windowStart < placed.length && xs[i] - xs[placed[windowStart]] >= diameter) windowStart++;
    const neighbours = placed.slice(windowStart);
    const fits = (y: number) => neighbours.every((j) => (xs[i] - xs[j]) ** 2 + (y - ys[j]) ** 2 >= d2);
    const candidates = [0];
    for (const j of neighbours) {
      const dy = Math.sqrt(Math.max(0, diameter * diameter - (xs[i] - xs[j]) ** 2));
      candidates.push(ys[j] + dy, ys[j] - dy);
    }
    candidates.sort((a, b) => Math.abs(a) - Math.abs(b) || b - a);
    ys[i] = candidates.find(fits) ?? 0;
    placed.push(i);
  }
  return ys;
}
