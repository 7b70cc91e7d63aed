import { expect } from '@open-wc/testing';
import { beeswarm, linearScale } from '../../src/core/index.js';
import { seededRandom } from '../../scripts/lib/random.mjs';

const overlaps = (xs: number[], ys: number[], min: number) => {
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) if (Math.hypot(xs[i] - xs[j], ys[i] - ys[j]) < min - 1e-6) return [i, j];
  return null;
};

describe('beeswarm()', () => {
  it('leaves dots that do not touch on the centre line', () => {
    expect(beeswarm([0, 20, 40], 5)).to.deep.equal([0, 0, 0]);
  });

  it('moves touching dots just clear of each other, nearest the centre first', () => {
    const ys = beeswarm([10, 10, 10], 5, 0);
    expect(ys[0]).to.equal(0);
    expect(Math.abs(ys[1])).to.equal(10);
    expect(ys[1]).to.equal(-ys[2]);
  });

  it('never overlaps, for 300 random layouts, and returns offsets in input order', () => {
    const rand = seededRandom(7);
    for (let t = 0; t < 300; t++) {
      const n = 1 + Math.floor(rand() * 80);
      const xs = Array.from({ length: n }, () => Math.round(rand() * 200) / (rand() < 0.3 ? 10 : 1));
      const ys = beeswarm(xs, 4, 1);
      expect(ys).to.have.length(n);
      expect(overlaps(xs, ys, 9), `layout ${t}`).to.equal(null);
    }
  });

  it('stays compact: identical values stack in alternating rows, not far off', () => {
    const ys = beeswarm(Array(7).fill(50), 3, 0);
    expect(Math.max(...ys.map(Math.abs))).to.equal(18);
  });
});

describe('linearScale()', () => {
  it('maps a nice domain onto the range, both ways round', () => {
    const x = linearScale([0.73, 0.79], [0, 100]);
    expect(x.domain()).to.deep.equal([0.73, 0.79]);
    expect(x(0.76)).to.be.closeTo(50, 1e-9);
    const reversed = linearScale([1, 0], [0, 100]);
    expect(reversed(1)).to.equal(0);
    expect(reversed(0)).to.equal(100);
  });

  it('rounds the bounds out to nice values and gives round ticks', () => {
    const x = linearScale([0.712, 0.987], [0, 500]);
    expect(x.domain()).to.deep.equal([0.7, 1]);
    expect(x.ticks(4)).to.deep.equal([0.7, 0.8, 0.9, 1]);
  });

  it('widens a single value into a usable domain', () => {
    const x = linearScale([0.5, 0.5], [0, 10]);
    expect(Number.isFinite(x(0.5))).to.equal(true);
  });
});
