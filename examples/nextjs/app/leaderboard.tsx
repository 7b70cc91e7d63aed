'use client';
// The elements, in a client component. On the server (Node) this import is the package's
// DOM-free entry and defines nothing; in the browser it defines the elements, whose parts load
// on demand as chunks that Next splits off.
import 'fm-leaderboard/page';
// JSX types for every element, generated from the package's custom-elements.json.
import type {} from 'fm-leaderboard/types/react';

/** <fm-leaderboard> with the server's static copy inside: the tables before any script runs. */
export function Leaderboard({ src, fallback }: { src: string; fallback: string }) {
  return <fm-leaderboard src={src} heading-level={2} dangerouslySetInnerHTML={{ __html: fallback }} />;
}
