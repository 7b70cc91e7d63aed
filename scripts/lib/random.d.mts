/** Deterministic pseudo-random numbers in [0, 1) from a seed (mulberry32), for repeatable runs. */
export function seededRandom(seed: number): () => number;
