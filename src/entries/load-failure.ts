// When the page build's entry cannot load the elements (a file missing or the network down), the
// elements stay undefined: each says so, rather than stay blank (a static copy inside, if any,
// stays too). Used by the module entry (web.ts) and the classic loader (classic.ts).
export function sayNotLoaded(doc: Document, what: string, error: unknown): void {
  console.error(`fm-leaderboard: could not load ${what}: ${(error as Error)?.message ?? error}`);
  for (const element of doc.querySelectorAll('fm-leaderboard, fm-leaderboard-table, fm-podium, fm-score-distribution, fm-metric-explainer, fm-tier-badge')) {
    if (customElements.get(element.localName)) continue;
    const note = doc.createElement('p');
    note.setAttribute('role', 'alert');
    note.textContent = `The leaderboard could not be loaded (${what}). Reload the page to try again.`;
    element.prepend(note);
  }
}
