// A page as a few kinds of block: what the static renderers write as HTML or Markdown. The
// builder (static-page.ts) decides what a page says; the writers only how each block looks.

/** Inline text: plain, strong, a link, or code. */
export type Inline = Array<string | { strong: string } | { link: string; text: string } | { code: string }>;

export interface TableBlock {
  kind: 'table';
  caption: string;
  columns: Array<{ label: string; numeric: boolean }>;
  rows: Inline[][];
  /** The column whose cells name their row (a `<th scope="row">`). */
  rowHeader: number;
}

export type Block =
  | { kind: 'heading'; level: number; id?: string; text: Inline }
  | { kind: 'paragraph'; text: Inline; muted?: boolean }
  | { kind: 'list'; ordered: boolean; items: Inline[] }
  | { kind: 'facts'; facts: Array<{ term: string; value: string }> }
  | TableBlock
  /** Fixed-width text (the podium's art), with what it shows in words for readers that do not see it. */
  | { kind: 'art'; text: string; label: string; places: string[] }
  | { kind: 'details'; summary: string; blocks: Block[] }
  /** A call-out box: MkDocs Material's admonitions in Markdown, an aside in HTML. */
  | { kind: 'note'; style: 'success' | 'tip' | 'abstract' | 'info'; title: string; blocks: Block[] }
  | { kind: 'section'; id: string; label: string; blocks: Block[] }
  | { kind: 'nav'; label: string; links: Array<{ href: string; text: string }> };
