/** Private custom property names (`--_fm-…`) of the sources, each with its short name (`--_a`). */
export function privateTokenNames(srcDir: string): Map<string, string>;
/** `code` with each private name replaced by its short one; null when it has none. */
export function shortenPrivateTokens(code: string, names: Map<string, string>): string | null;
export const PRIVATE_TOKEN: RegExp;
