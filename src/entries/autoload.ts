// The page build defines the hub and the table at once and its other elements only when a page
// has them: an element's chunk is fetched when its tag appears in the document, and its room is
// kept until then. If a chunk cannot be loaded, each of its elements says so and offers a retry
// in place. (The hub loads the podium, explainer and chart for its own sections itself.)
import type { LazyChunk } from '../internal/lazy.js';

const FAILED = 'data-fm-load-failed';

/** What each element is called when its chunk fails, and the room it keeps while undefined. */
interface Autoloaded {
  chunk: LazyChunk<unknown>;
  room: string;
}

/** Loads each tag's chunk when the document has (or gets) an element of that tag. */
export function autoload(doc: Document, elements: Record<string, Autoloaded>): void {
  const room = new CSSStyleSheet();
  room.replaceSync(Object.entries(elements).map(([tag, { room }]) => `${tag}:not(:defined){${room}}`).join(''));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, room];
  const pending = new Set(Object.keys(elements));
  // Only the nodes a mutation adds are looked at, with one selector for every tag still to load:
  // a page without these tags pays one check per added element.
  const watcher = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || pending.size === 0) continue;
        const tags = [...pending].join(',');
        if (!node.matches(tags) && !node.querySelector(tags)) continue;
        for (const tag of pending) if (node.localName === tag || node.querySelector(tag)) load(tag);
      }
    }
  });
  const load = (tag: string): void => {
    pending.delete(tag);
    if (pending.size === 0) watcher.disconnect();
    elements[tag].chunk.get().then(
      () => {
        for (const note of doc.querySelectorAll(`${tag} > [${FAILED}]`)) note.remove();
      },
      () => {
        // Watched again: an element added later tries again too.
        pending.add(tag);
        watcher.observe(doc.documentElement, { childList: true, subtree: true });
        showRetry(doc, tag, elements[tag].chunk.label, () => load(tag));
      },
    );
  };
  watcher.observe(doc.documentElement, { childList: true, subtree: true });
  for (const tag of pending) if (doc.querySelector(tag)) load(tag);
}

/** In each element of `tag` still undefined, a note and a Retry button (light DOM: hidden once the element is defined). */
function showRetry(doc: Document, tag: string, label: string, retry: () => void): void {
  for (const element of doc.querySelectorAll(`${tag}:not(:defined)`)) {
    if (element.querySelector(`[${FAILED}]`)) continue;
    const note = doc.createElement('p');
    note.setAttribute(FAILED, '');
    note.setAttribute('role', 'alert');
    const button = Object.assign(doc.createElement('button'), { type: 'button', textContent: 'Retry' });
    button.addEventListener('click', retry);
    note.append(`Could not load the ${label} (the network failed or the file is missing). `, button);
    element.append(note);
  }
}
