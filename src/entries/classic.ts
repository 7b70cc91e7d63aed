// dist/web/fm-leaderboard.classic.js: for pages that load scripts without `type="module"`
// (MkDocs 1.4's extra_javascript, a CMS's script field). A classic script has no import.meta, so
// it finds the module entry beside itself from its own `src`, and imports it; the chunks follow
// relative to that. `window.fmLeaderboard` is the promise of the entry's exports.
import { sayNotLoaded } from './load-failure.js';

declare global {
  interface Window {
    fmLeaderboard?: Promise<typeof import('./web.js')>;
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const entry = new URL('fm-leaderboard.js', script?.src || document.baseURI).href;
window.fmLeaderboard = import(/* @vite-ignore */ entry);
// The entry itself says so in each element if its chunks fail; this, if the entry does.
window.fmLeaderboard.catch((error: unknown) => {
  if (!(error as { fmSaid?: boolean })?.fmSaid) sayNotLoaded(document, entry, error);
});

export {};
