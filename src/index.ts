// fm-leaderboard: the package root. Elements are added here as they land; the core is re-exported
// so that one import gives a page both.
export * from './core/index.js';
