// A Docusaurus 3 site with the leaderboard on a page (src/pages/leaderboard.mdx).
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
  themeConfig: {
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: false },
    navbar: { title: 'Benchmark Hub', items: [{ to: '/leaderboard', label: 'Leaderboard', position: 'left' }] },
  },
};
