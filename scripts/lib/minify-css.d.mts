/** Collapses CSS text (comments, white space) without changing what it selects or sets. */
export function minifyCss(text: string): string;
