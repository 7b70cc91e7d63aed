// The static copy to put inside <fm-leaderboard> when a server renders the page (Next.js, Astro,
// Docusaurus, any template): readers without JavaScript and crawlers get the tables, and the
// element, once defined in the browser, shows its live view in place of the copy.
import { buildHub, formatProblem, loadFeed } from '../core/index.js';
import { staticPage, type StaticPageOptions } from './static-page.js';
import { toHtml } from './to-html.js';

/**
 * The hub of a parsed feed as HTML (feed text escaped). A feed that cannot be used throws an
 * error naming each problem (path and message), so that the site's build stops and says why.
 */
export function staticFallback(data: unknown, options: StaticPageOptions = {}): string {
  const { feed, problems } = loadFeed(data);
  if (!feed) {
    const errors = problems.filter((p) => p.severity === 'error');
    throw new Error(`fm-leaderboard: the feed cannot be used:\n${errors.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
  return toHtml(staticPage(buildHub(feed), options));
}
