// The hub in its page: links to its sections (#fm-…) point into its shadow root, where the
// browser does not look, so the hub lands on them itself (drawing the section first if it is not
// drawn yet); and a printed page shows every section (on `beforeprint`, and when print media
// starts to match, emulated print too).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sectionsChunk } from './benchmark-article.js';
import type { SectionSchedule } from './section-schedule.js';
import { scrollToFragment } from './url-state.js';

type Host = ReactiveControllerHost & HTMLElement;

export class PageLinks implements ReactiveController {
  #landed = false;
  readonly #print = matchMedia('print');

  constructor(
    private readonly host: Host,
    private readonly schedule: SectionSchedule,
    /** Each benchmark's anchor, once the feed is ranked. */
    private readonly anchors: () => ReadonlyMap<string, string> | undefined,
  ) {
    host.addController(this);
  }

  /** A new feed: land on the page's fragment once it is drawn. */
  reset(): void {
    this.#landed = false;
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#land);
    window.addEventListener('beforeprint', this.#drawAll);
    this.#print.addEventListener('change', this.#drawAll);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#land);
    window.removeEventListener('beforeprint', this.#drawAll);
    this.#print.removeEventListener('change', this.#drawAll);
  }

  hostUpdated(): void {
    if (this.#landed || !this.anchors()) return;
    this.#landed = true;
    this.#land();
  }

  readonly #drawAll = (): void => {
    sectionsChunk.request(this.host);
    this.schedule.drawAll();
  };

  readonly #land = (): void => {
    scrollToFragment(this.host.shadowRoot, (anchor) => {
      // A section not drawn yet (or its chunk not here yet): draw it first, then land on it.
      const benchmark = [...(this.anchors() ?? [])].find(([, a]) => a === anchor)?.[0];
      if (!benchmark || (!this.schedule.force(benchmark) && sectionsChunk.value)) return false;
      sectionsChunk.request(this.host);
      sectionsChunk.get().then(
        () => this.host.updateComplete.then(() => this.#land()),
        () => undefined,
      );
      return true;
    });
  };
}
