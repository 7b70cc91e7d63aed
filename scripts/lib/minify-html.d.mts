/** Collapses line breaks and indentation inside html`…`/svg`…` templates; null when unchanged. */
export function minifyHtmlTemplates(code: string, fileName?: string): string | null;
