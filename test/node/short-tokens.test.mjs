import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { privateTokenNames, shortenPrivateTokens } from '../../scripts/lib/short-tokens.mjs';

const ROOT = join(import.meta.dirname, '../..');

describe('short private token names in the bundles', () => {
  const names = privateTokenNames(join(ROOT, 'src'));

  it('gives each private custom property of the sources its own short name, the same on every build', () => {
    assert.ok(names.size > 30, `${names.size} names`);
    assert.equal(new Set(names.values()).size, names.size, 'short names are unique');
    assert.equal(names.get('--_fm-surface'), privateTokenNames(join(ROOT, 'src')).get('--_fm-surface'));
    for (const short of names.values()) assert.match(short, /^--_[0-9a-z]+$/);
  });

  it('renames whole names only, in CSS and in script strings alike, and refuses a name it does not know', () => {
    const code = "css`a{color:var(--_fm-text);background:var(--fm-color-surface, var(--_fm-surface))}`; el.style.setProperty('--_fm-section-height', h);";
    const out = shortenPrivateTokens(code, names);
    assert.equal(out, code.replace('--_fm-text', names.get('--_fm-text')).replace('--_fm-surface', names.get('--_fm-surface')).replace('--_fm-section-height', names.get('--_fm-section-height')));
    assert.ok(out.includes('--fm-color-surface'), 'public names stay');
    assert.equal(shortenPrivateTokens('const a = 1;', names), null);
    assert.throws(() => shortenPrivateTokens('var(--_fm-not-a-token)', names), /--_fm-not-a-token/);
  });

  it('leaves no private name in the built bundles (after npm run build)', { skip: !existsSync(join(ROOT, 'dist/fm-leaderboard.bundle.js')) && 'not built' }, () => {
    const web = readdirSync(join(ROOT, 'dist/web')).filter((f) => f.endsWith('.js')).map((f) => `dist/web/${f}`);
    for (const file of ['dist/fm-leaderboard.bundle.js', ...web]) {
      assert.doesNotMatch(readFileSync(join(ROOT, file), 'utf8'), /--_fm-/, file);
    }
  });
});
