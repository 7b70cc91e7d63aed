// Numbers and dates in the page's language: the nearest `lang` attribute (across shadow roots),
// else the document's, else the browser's.

/** The nearest `lang`, walking up through shadow roots to the document. */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || navigator.language || 'en';
}

export { countOf, formatDate, formatNumber } from './text-format.js';
