import { expect } from '@open-wc/testing';
import { displayWidth, graphemes, podiumArt, truncateToWidth, type PodiumEntry } from '../../src/core/index.js';
import { seededRandom as random } from '../../scripts/lib/random.mjs';

describe('displayWidth()', () => {
  const cases: Array<[string, string, number]> = [
    ['ASCII', 'HyenaDNA', 8],
    ['CJK ideographs', '多模态', 6],
    ['Hangul', '한국어', 6],
    ['fullwidth Latin', 'ＡＢＣ', 6],
    ['an emoji', '🥇', 2],
    ['an emoji ZWJ sequence', '👩‍🔬', 2],
    ['a flag', '🇩🇪', 2],
    ['a text-default symbol with VS16', '❤️', 2],
    ['a text-default symbol without it', '❤', 1],
    ['combining marks', 'e\u0301le\u0300ve', 5],
    ['a bidi override', '\u202Eabc', 3],
    ['zero-width space', 'a\u200Bb', 2],
  ];
  for (const [what, text, width] of cases) it(`counts ${what}`, () => expect(displayWidth(text)).to.equal(width));
});

describe('truncateToWidth()', () => {
  it('keeps what fits, cuts at whole graphemes, and marks the cut with …', () => {
    expect(truncateToWidth('HyenaDNA', 8)).to.equal('HyenaDNA');
    expect(truncateToWidth('HyenaDNA-large', 8)).to.equal('HyenaDN…');
    expect(truncateToWidth('多模态医学', 6)).to.equal('多模…');
    expect(truncateToWidth('🇩🇪🇫🇷🇮🇹', 5)).to.equal('🇩🇪🇫🇷…');
  });
});

describe('podiumArt()', () => {
  const widths = (art: string) => new Set(art.split('\n').map(displayWidth));

  it('draws the winner in the middle on the tallest step (exact drawing)', () => {
    const art = podiumArt([
      { rank: 1, name: 'A', score: '0.9' },
      { rank: 2, name: 'B', score: '0.8' },
      { rank: 3, name: 'C', score: '0.7' },
    ]);
    expect(art.split('\n')).to.deep.equal([
      '            🥇 A             ',
      '  🥈 B       0.9             ',
      '   0.8    ╔═══════╗   🥉 C   ',
      '╔═══════╗ ║   1   ║    0.7   ',
      '║   2   ║ ║       ║ ╔═══════╗',
      '║       ║ ║       ║ ║   3   ║',
      '╩═══════╩═╩═══════╩═╩═══════╩',
    ]);
    expect(widths(art).size).to.equal(1);
    const rows = art.split('\n');
    expect(rows.findIndex((l) => l.includes('║   1'))).to.be.below(rows.findIndex((l) => l.includes('║   2')));
    expect(rows.findIndex((l) => l.includes('║   2'))).to.be.below(rows.findIndex((l) => l.includes('║   3')));
  });

  it('ties share the step height and the medal', () => {
    const rows = podiumArt([
      { rank: 1, name: 'A', score: '1.000' },
      { rank: 1, name: 'B', score: '1.000' },
    ]).split('\n');
    expect(rows[0].match(/🥇/g)).to.have.length(2);
    expect(rows.filter((l) => /║\s+1\s+║.*║\s+1\s+║/.test(l))).to.have.length(1);
  });

  it('draws what there is with fewer than three, and nothing for none', () => {
    expect(podiumArt([{ rank: 1, name: 'Solo', score: '0.5' }]).split('\n')[0]).to.include('🥇 Solo');
    expect(podiumArt([])).to.equal('');
  });

  it('shortens long names and removes bidi overrides and control characters', () => {
    const art = podiumArt([{ rank: 1, name: `\u202E${'x'.repeat(60)}\n`, score: '0.5' }], { maxNameWidth: 10 });
    expect(art).to.include(`🥇 ${'x'.repeat(9)}…`);
    expect(art).to.not.match(/[\u202E\n]x/);
  });

  it('keeps every line the same width for 2,000 random name sets (1–40 columns, CJK, emoji, marks)', () => {
    const rand = random(61);
    const alphabet = [...'abcXYZ019 -_.', '多', '模', '한', 'Ａ', '🥇', '🧠', '👩‍🔬', '🇩🇪', 'e\u0301', 'ä', '❤️', '∑'];
    // Each piece is one grapheme, so a name's width is the sum of its pieces' (measuring the
    // growing string each time made this test quadratic and slow enough to time out in CI).
    const pieceWidths = alphabet.map(displayWidth);
    const name = () => {
      const target = 1 + Math.floor(rand() * 40);
      let out = '';
      for (let width = 0; width < target; ) {
        const piece = Math.floor(rand() * alphabet.length);
        out += alphabet[piece];
        width += pieceWidths[piece];
      }
      return out;
    };
    for (let i = 0; i < 2000; i++) {
      const n = 1 + Math.floor(rand() * 3);
      const ranks = [[1, 2, 3], [1, 1, 3], [1, 2, 2], [1, 1, 1]][Math.floor(rand() * 4)];
      const entries: PodiumEntry[] = Array.from({ length: n }, (_, k) => ({ rank: ranks[k], name: name(), score: (rand()).toFixed(3) }));
      const maxNameWidth = 1 + Math.floor(rand() * 40);
      const art = podiumArt(entries, { maxNameWidth });
      const lines = art.split('\n');
      const lineWidths = new Set(lines.map(displayWidth));
      if (lineWidths.size !== 1) expect.fail(`lines of widths ${[...lineWidths]} for ${JSON.stringify(entries)}`);
      for (const entry of entries) {
        // Each name (trimmed) is drawn whole, or cut at a whole grapheme and marked with …, within the width asked for.
        const name = entry.name.trim();
        const shown = truncateToWidth(name, maxNameWidth);
        const kept = shown === name ? name : shown.slice(0, -1);
        const whole = graphemes(name);
        const cutAtGrapheme = whole.slice(0, graphemes(kept).length).join('') === kept;
        if (!art.includes(shown) || !cutAtGrapheme || displayWidth(shown) > maxNameWidth) expect.fail(`${JSON.stringify(name)} drawn as ${JSON.stringify(shown)} in\n${art}`);
      }
    }
  });
});
