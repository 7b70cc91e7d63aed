// fm-leaderboard/render: the hub as a static page (HTML or Markdown), with the outline and words
// the <fm-leaderboard> element uses. Pure: no DOM, no Node.
export type { Block, Inline } from './blocks.js';
export { hubOutline, navTargets, slug, type HubOutline, type NavTarget } from './outline.js';
export { staticFallback } from './fallback.js';
export { indexPage, staticPage, type StaticPageOptions } from './static-page.js';
export { escapeHtml, toHtml, toHtmlDocument } from './to-html.js';
export { escapeMarkdown, toMarkdown } from './to-markdown.js';
