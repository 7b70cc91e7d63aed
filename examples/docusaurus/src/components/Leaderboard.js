// <fm-leaderboard> with the static copy that the leaderboard-copy plugin (docusaurus.config.js)
// rendered at build time inside it; the element shows its live view in its place once defined.
import { usePluginData } from '@docusaurus/useGlobalData';

export default function Leaderboard({ src }) {
  const { copy } = usePluginData('leaderboard-copy');
  return <fm-leaderboard src={src} heading-level="2" dangerouslySetInnerHTML={{ __html: copy }} />;
}
