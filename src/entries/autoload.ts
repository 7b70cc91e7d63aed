// The page build defines its light elements at once and <fm-score-distribution> (13 kB of gzip
// with d3-array) only when a page has one: the chunk is fetched when the tag appears in the
// document, and its room is kept until then. If the chunk cannot be loaded, each chart says so
// and offers a retry in place.
import { chartChunk } from '../elements/score-distribution/chart-chunk.js';

const TAG = 'fm-score-distribution';
const FAILED = 'data-fm-load-failed';

/** Loads the chart's chunk when the document has (or gets) an <fm-score-distribution>. */
export function autoloadCharts(doc: Document): void {
  const room = new CSSStyleSheet();
  room.replaceSync(`${TAG}:not(:defined){display:block;min-height:12rem}`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, room];
  // Only the nodes a mutation adds are looked at: a page without charts pays a check per added element.
  const watcher = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element && (node.localName === TAG || node.querySelector(TAG))) return load();
  });
  const load = (): void => {
    if (customElements.get(TAG)) return watcher.disconnect();
    chartChunk.get().then(
      () => {
        watcher.disconnect();
        for (const note of doc.querySelectorAll(`[${FAILED}]`)) note.remove();
      },
      () => showRetry(doc, load),
    );
  };
  watcher.observe(doc.documentElement, { childList: true, subtree: true });
  if (doc.querySelector(TAG)) load();
}

/** In each chart still undefined, a note and a Retry button (light DOM: hidden once the element is defined). */
function showRetry(doc: Document, retry: () => void): void {
  for (const chart of doc.querySelectorAll(`${TAG}:not(:defined)`)) {
    if (chart.querySelector(`[${FAILED}]`)) continue;
    const note = doc.createElement('p');
    note.setAttribute(FAILED, '');
    note.setAttribute('role', 'alert');
    const button = Object.assign(doc.createElement('button'), { type: 'button', textContent: 'Retry' });
    button.addEventListener('click', retry);
    note.append('Could not load the chart (the network failed or the file is missing). ', button);
    chart.append(note);
  }
}
