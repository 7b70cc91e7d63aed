// An element without `theme` (or with theme="auto") follows the host site's own light/dark mode
// where the site marks it, live as the reader toggles it; where the site marks nothing, the
// reader's system setting (the tokens' light-dark() under `color-scheme: light dark`). The mark
// becomes a custom state, :state(site-light) or :state(site-dark), which the tokens' styles
// read; an explicit theme="light|dark" still wins. The same observer follows the page's `lang`:
// when a site switches language, its elements draw again in the new one.
import type { ReactiveController, ReactiveElement } from 'lit';

export type Scheme = 'light' | 'dark';

/**
 * The site's own mode, from <html> or <body>: `data-theme` (Docusaurus, Starlight),
 * `data-md-color-scheme` (MkDocs Material: "slate" is its dark palette, "default" its light), a
 * `dark` or `light` class (VitePress, Tailwind), or else a `color-scheme` the site set on the
 * root element. Null when the site says nothing.
 */
export function siteScheme(doc: Document): Scheme | null {
  for (const element of [doc.documentElement, doc.body]) {
    if (!element) continue;
    const theme = element.getAttribute('data-theme');
    if (theme === 'dark' || theme === 'light') return theme;
    const material = element.getAttribute('data-md-color-scheme');
    if (material === 'slate' || material === 'default') return material === 'slate' ? 'dark' : 'light';
    if (element.classList.contains('dark')) return 'dark';
    if (element.classList.contains('light')) return 'light';
  }
  const declared = getComputedStyle(doc.documentElement).colorScheme.trim();
  return declared === 'dark' || declared === 'light' ? declared : null;
}

/** The attributes a site toggles its mode (and its language) with. */
const WATCHED = ['class', 'data-theme', 'data-md-color-scheme', 'style', 'lang'];

/** One observer for every element on the page; it watches while any element is connected. */
const followers = new Set<SiteTheme>();
let observer: MutationObserver | null = null;
let scheme: Scheme | null = null;
let pageLang = '';

const langOf = (doc: Document) => `${doc.documentElement.lang}|${doc.body?.lang ?? ''}`;

function refresh(): void {
  scheme = siteScheme(document);
  const lang = langOf(document);
  const relabel = lang !== pageLang;
  pageLang = lang;
  for (const follower of followers) {
    follower.apply(scheme);
    if (relabel) follower.host.requestUpdate();
  }
}

export class SiteTheme implements ReactiveController {
  readonly #states: CustomStateSet | null;

  constructor(readonly host: ReactiveElement) {
    let states: CustomStateSet | null = null;
    try {
      states = host.attachInternals().states; // absent before Chromium 125, Firefox 126, Safari 17.4
    } catch {
      // an element that cannot have internals follows the system setting
    }
    this.#states = states ?? null;
    host.addController(this);
  }

  hostConnected(): void {
    if (!observer) {
      observer = new MutationObserver(refresh);
      for (const element of [document.documentElement, document.body]) {
        if (element) observer.observe(element, { attributes: true, attributeFilter: WATCHED });
      }
      scheme = siteScheme(document);
      pageLang = langOf(document);
    }
    followers.add(this);
    this.apply(scheme);
  }

  hostDisconnected(): void {
    followers.delete(this);
    if (followers.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  }

  /** Shows the site's mode as the host's custom state. */
  apply(mode: Scheme | null): void {
    const states = this.#states;
    if (!states) return;
    for (const name of ['site-light', 'site-dark']) {
      if (name === `site-${mode}`) states.add(name);
      else states.delete(name);
    }
  }
}
