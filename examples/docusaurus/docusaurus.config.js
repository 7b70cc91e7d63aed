// A Docusaurus 3 site with the leaderboard on a page (src/pages/leaderboard.mdx).
import { readFile } from 'node:fs/promises';

/**
 * Renders the leaderboard's static copy once, at build time, for the pages to put inside the
 * element (src/components/Leaderboard.js): the tables are in the HTML before any script runs.
 */
function leaderboardCopy() {
  return {
    name: 'leaderboard-copy',
    async loadContent() {
      const { staticFallback } = await import('fm-leaderboard/render');
      return staticFallback(JSON.parse(await readFile('static/hub.feed.json', 'utf8')), { headingLevel: 2 });
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData({ copy: content });
    },
  };
}

export default {
  title: 'Foundation Model Benchmark Hub',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  presets: [
    [
      'classic',
      {
        docs: false,
        blog: false,
        // The package's token stylesheet maps the --fm-* tokens onto Infima's variables.
        theme: { customCss: ['./src/css/custom.css'] },
      },
    ],
  ],
  // Defines the elements in the browser (on the server, while pages are rendered, it is the
  // package's DOM-free entry and defines nothing). The elements follow <html data-theme>.
  clientModules: ['./src/fm-leaderboard.js'],
  plugins: [leaderboardCopy],
  themeConfig: {
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: false },
    navbar: { title: 'Benchmark Hub', items: [{ to: '/leaderboard', label: 'Leaderboard', position: 'left' }] },
  },
};
