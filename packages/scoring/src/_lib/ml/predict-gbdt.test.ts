import { createRandom } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { matrixOf } from './_test/synthetic';
import type { GbdtModel, GbdtTree } from './gbdt-model';
import { featureGains } from './gbdt-model';
import { compileGbdt, gbdtContributions, predictGbdtRaw } from './predict-gbdt';

/** Walks a JSON tree the obvious way. */
function leafOf(tree: GbdtTree, row: ArrayLike<number>): number {
  let node = 0;
  while (tree.feature[node] !== -1) {
    const f = tree.feature[node] as number;
    node =
      (row[f] as number) <= (tree.threshold[node] as number)
        ? (tree.left[node] as number)
        : (tree.right[node] as number);
  }
  return node;
}

function naiveRaw(model: GbdtModel, row: ArrayLike<number>): number {
  let sum = model.base;
  for (const tree of model.trees) sum += tree.value[leafOf(tree, row)] as number;
  return sum;
}

// Tree 0: x0 <= 1 ? (leaf 2) : (x2 <= 0.5 ? (x0 <= 4 ? 1 : 3) : -2). Means are cover-weighted.
const unbalanced: GbdtTree = {
  feature: [0, -1, 2, 0, -1, -1, -1],
  threshold: [1, 0, 0.5, 4, 0, 0, 0],
  left: [1, -1, 3, 4, -1, -1, -1],
  right: [2, -1, 6, 5, -1, -1, -1],
  value: [0, 2, -1, 2, 1, 3, -2],
  gain: [5, 0, 2, 1, 0, 0, 0],
};
const stump: GbdtTree = {
  feature: [1, -1, -1],
  threshold: [0, 0, 0],
  left: [1, -1, -1],
  right: [2, -1, -1],
  value: [0, -0.5, 0.5],
  gain: [3, 0, 0],
};
const model: GbdtModel = {
  kind: 'gbdt',
  loss: 'squared',
  base: 10,
  trees: [unbalanced, stump, { feature: [-1], threshold: [0], left: [-1], right: [-1], value: [0.25] }],
};

describe('compileGbdt and predictGbdtRaw', () => {
  it('match a plain tree walk, including values equal to thresholds and every row-count remainder', () => {
    // Depth 3 takes the unrolled eight-row walk; the shallower model the general four-row one.
    const shallow: GbdtModel = { ...model, trees: [stump, stump, model.trees[2] as GbdtModel['trees'][number]] };
    expect(compileGbdt(shallow).depth).toBe(1);
    expect(compileGbdt(model).features).toBe(3);
    const random = createRandom('predict');
    const candidates = [0, 0.5, 1, 2, 4, 5, -1];
    for (const [tested, depth] of [
      [model, 3],
      [shallow, 1],
    ] as const) {
      const compiled = compileGbdt(tested);
      expect(compiled.depth).toBe(depth);
      for (let rows = 0; rows <= 19; rows++) {
        const data = Array.from({ length: rows }, () =>
          [0, 1, 2, 3].map(() => candidates[random.integer(candidates.length)] as number),
        );
        const x = matrixOf(data.length > 0 ? data : [[0, 0, 0, 0]]);
        const used = data.length > 0 ? x : { ...x, rows: 0, values: new Float64Array(0) };
        const out = new Float64Array(used.rows);
        predictGbdtRaw(compiled, used, out);
        data.forEach((row, k) => {
          expect(out[k]).toBe(naiveRaw(tested, row));
        });
      }
    }
  });

  it('gives Saabas contributions: the changes of node means along the path, summing to raw − base', () => {
    const compiled = compileGbdt(model);
    const out = new Float64Array(4);
    // Tree 0 path: root (mean 0) → node 2 (−1) → node 3 (2) → leaf 5 (3), so x0 gets (−1 − 0) + (3 − 2) = 0
    // and x2 gets 2 − (−1) = 3. Tree 1: x1 gets 0.5. Tree 2 is a lone leaf: nothing.
    const raw = gbdtContributions(compiled, [5, 1, 0, 99], out);
    expect(raw).toBe(10 + 3 + 0.5 + 0.25);
    expect(Array.from(out)).toEqual([0, 0.5, 3, 0]);
    // Contributions add up to raw − base − the roots' means (0.25 here; fitGbdt centres roots at 0).
    expect(raw - compiled.base - 0.25).toBeCloseTo(
      out.reduce((sum, value) => sum + value, 0),
      12,
    );
    const other = new Float64Array(4);
    expect(gbdtContributions(compiled, [0, -3, 7, 0], other)).toBe(10 + 2 - 0.5 + 0.25);
    expect(Array.from(other)).toEqual([2, -0.5, 0, 0]);
  });

  it('rejects malformed trees, too deep trees and too narrow rows', () => {
    const broken = (tree: Partial<GbdtTree>): GbdtModel => ({ ...model, trees: [{ ...stump, ...tree }] });
    expect(() => compileGbdt(broken({ left: [0, -1, -1] }))).toThrow(/later children/);
    expect(() => compileGbdt(broken({ value: [0, Number.NaN, 1] }))).toThrow(/finite/);
    expect(() => compileGbdt(broken({ threshold: [0, 0] }))).toThrow(/length/);
    expect(() => compileGbdt({ ...model, base: Number.POSITIVE_INFINITY })).toThrow(/base/);
    const chain: GbdtTree = { feature: [], threshold: [], left: [], right: [], value: [] };
    for (let depth = 0; depth < 11; depth++) {
      chain.feature.push(0, -1);
      chain.threshold.push(depth, 0);
      chain.left.push(2 * depth + 1, -1);
      chain.right.push(2 * depth + 2, -1);
      chain.value.push(0, 1);
    }
    chain.feature.push(-1);
    chain.threshold.push(0);
    chain.left.push(-1);
    chain.right.push(-1);
    chain.value.push(0);
    // Node 2d splits at depth d; 2d + 1 is its left leaf and 2d + 2 its right child: 11 levels of splits.
    expect(() => compileGbdt({ ...model, trees: [chain] })).toThrow(/deep/);
    const compiled = compileGbdt(model);
    expect(() => predictGbdtRaw(compiled, matrixOf([[1, 2]]), new Float64Array(1))).toThrow(/columns/);
  });

  it('treats a model without trees as its base', () => {
    const compiled = compileGbdt({ kind: 'gbdt', loss: 'logistic', base: -1.5, trees: [] });
    const out = new Float64Array(3);
    predictGbdtRaw(compiled, matrixOf([[1], [2], [3]]), out);
    expect(Array.from(out)).toEqual([-1.5, -1.5, -1.5]);
  });
});

describe('featureGains', () => {
  it('adds up split gains per feature and counts models stored without gains as 0', () => {
    expect(featureGains(model, 4)).toEqual([6, 3, 2, 0]);
    const { gain: _, ...withoutGain } = stump;
    expect(featureGains({ ...model, trees: [withoutGain] }, 2)).toEqual([0, 0]);
  });
});
