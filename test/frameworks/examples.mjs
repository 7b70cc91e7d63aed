// The framework examples: where each puts the feed before its build, where its built site is,
// which page has the leaderboard, and the site's own light/dark toggle.
export const EXAMPLES = {
  // A plain page: no framework, nothing to install (build.mjs copies the page build beside it).
  html: {
    install: false,
    site: 'site',
    page: '/',
    serverCopy: true,
    toggle: '#theme-toggle',
  },
  nextjs: {
    install: true,
    feedDir: 'public',
    site: 'out',
    page: '/',
    // Rendered on the server with the static copy inside the element.
    serverCopy: true,
    toggle: '#theme-toggle',
  },
  vue: {
    install: true,
    feedDir: 'public',
    site: 'dist',
    page: '/',
    serverCopy: false,
    toggle: '#theme-toggle',
  },
  astro: {
    install: true,
    feedDir: 'public',
    site: 'dist',
    page: '/',
    serverCopy: true,
    toggle: '#theme-toggle',
  },
  docusaurus: {
    install: true,
    feedDir: 'static',
    site: 'build',
    page: '/leaderboard',
    serverCopy: true,
    // The navbar's own colour mode button.
    toggle: 'button[aria-label^="Switch between dark and light mode"]',
  },
};
