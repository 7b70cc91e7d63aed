// What a model card says about size and licence, read as data (issue 19).
import { expect } from '@open-wc/testing';
import { licenceKind, parameterCounts, parameterText } from '../../src/core/index.js';

describe('parameterCounts()', () => {
  const cases: Array<[string, unknown, number[]]> = [
    ['a rounded size', '~10M', [10e6]],
    ['two sizes', '111M / 650M', [111e6, 650e6]],
    ['a range of variants', '~1.6M - 7B variants', [1.6e6, 7e9]],
    ['a list of sizes (Evo 2)', ['1B', '7B', '40B'], [1e9, 7e9, 40e9]],
    ['a size with architecture numbers after it', '~150M (d_model=256, n_layer=16)', [150e6]],
    ['words and lower case', '1.2 billion, 350k', [350e3, 1.2e9]],
    ['a decimal comma', '1,5B', [1.5e9]],
    ['trillions', '1T', [1e12]],
    ['a plain number (a count already)', 7000000, [7e6]],
    ['the same size twice', ['7B', '7b'], [7e9]],
    ['no unit: not a size', '256', []],
    ['a word that starts with a unit letter', '3 models, 12 layers', []],
    ['nothing', undefined, []],
    ['nonsense', { a: 1 }, []],
    ['zero and negatives', ['0M', -5], []],
  ];
  for (const [what, input, counts] of cases) it(`reads ${what}`, () => expect(parameterCounts(input)).to.deep.equal(counts));
});

describe('parameterText()', () => {
  it('keeps the text a card writes, and joins a list', () => {
    expect(parameterText('  ~10M ')).to.equal('~10M');
    expect(parameterText(['1B', '7B', '40B'])).to.equal('1B / 7B / 40B');
    expect(parameterText([])).to.equal(undefined);
    expect(parameterText(null)).to.equal(undefined);
  });
});

describe('licenceKind()', () => {
  const cases: Array<[unknown, string]> = [
    ['MIT', 'open'],
    ['MIT License', 'open'],
    ['Apache 2.0', 'open'],
    ['apache-2.0', 'open'],
    ['BSD-3-Clause', 'open'],
    ['CC-BY-4.0', 'open'],
    ['cc0-1.0', 'open'],
    ['GPL-3.0', 'open'],
    ['cc-by-nc-4.0', 'restricted'],
    ['CC BY-NC-SA 4.0', 'restricted'],
    ['cc-by-nd-4.0', 'restricted'],
    ['llama3.1', 'restricted'],
    ['Llama 2 Community License', 'restricted'],
    ['gemma', 'restricted'],
    ['openrail-m', 'restricted'],
    ['Research only', 'restricted'],
    ['other', 'unknown'],
    ['', 'unknown'],
    [undefined, 'unknown'],
    [42, 'unknown'],
  ];
  for (const [licence, kind] of cases) it(`says ${JSON.stringify(licence)} is ${kind}`, () => expect(licenceKind(licence)).to.equal(kind));
});
