// The framework examples: where each puts the feed before its build, where its built site is,
// which page has the leaderboard, and the site's own light/dark toggle.
export const EXAMPLES = {
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
};
