// A server component: it reads the feed, renders the static copy of the leaderboard (feed text
// escaped) and hands it to the client component, which puts it inside the element.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { staticFallback } from 'fm-leaderboard/render';
import { Leaderboard } from './leaderboard';

export default async function Page() {
  const feed: unknown = JSON.parse(await readFile(join(process.cwd(), 'public/hub.feed.json'), 'utf8'));
  return (
    <main>
      <h1>Leaderboard in Next.js</h1>
      <Leaderboard src="hub.feed.json" fallback={staticFallback(feed, { headingLevel: 2 })} />
    </main>
  );
}
