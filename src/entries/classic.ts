// dist/web/fm-leaderboard.classic.js: for pages that load scripts without `type="module"`
// (MkDocs 1.4's extra_javascript, a CMS's script field). A classic script has no import.meta, so
// it finds the module entry beside itself from its own `src`, and imports it; the chunks follow
// relative to that. `window.fmLeaderboard` is the promise of the entry's exports.
declare global {
  interface Window {
    fmLeaderboard?: Promise<typeof import('./web.js')>;
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const entry = new URL('fm-leaderboard.js', script?.src || document.baseURI).href;
window.fmLeaderboard = import(/* @vite-ignore */ entry);
window.fmLeaderboard.catch((error: unknown) => {
  console.error(`fm-leaderboard: could not load ${entry}: ${(error as Error).message}`);
  // The elements stay undefined: say so in each, rather than leave a blank (their static copy, if any, stays).
  for (const element of document.querySelectorAll('fm-leaderboard, fm-leaderboard-table, fm-podium, fm-score-distribution')) {
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.textContent = `The leaderboard could not be loaded (${entry}). Reload the page to try again.`;
    element.prepend(note);
  }
});

export {};
