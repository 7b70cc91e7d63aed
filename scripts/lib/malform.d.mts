export const KINDS: string[];
export type MalformedCase = { kind: string; path: string; text: string; data?: undefined } | { kind: string; path: string; data: unknown; text?: undefined };
/** `count` malformed variants of `feed`, deterministic for `seed`. */
export function malformedFeeds(feed: unknown, count: number, seed?: number): Generator<MalformedCase>;
