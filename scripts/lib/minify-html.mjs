import ts from 'typescript';

/**
 * Collapses the source layout inside lit's html`…` and svg`…` templates: every run of white space
 * that contains a line break becomes one space. HTML renders a run of white space as one space
 * anyway (we have no static text inside <pre>), so the DOM renders the same; only the
 * indentation goes. White space next to a table's own tags (<tr>, </td>, …) goes entirely: it is
 * never rendered there, and in a table of many rows each such space is a text node per row.
 * Template literals are found with TypeScript's parser, so strings, comments,
 * regular expressions and nested templates cannot confuse it. Returns null when nothing changed.
 */
const TABLE_TAG = '<\\/?(?:table|caption|colgroup|col|thead|tbody|tfoot|tr|td|th)\\b';
const SPACE_NEXT_TO_TABLE_TAG = new RegExp(`\\s+(?=${TABLE_TAG})|(?<=${TABLE_TAG}[^<>\`$]*>)\\s+`, 'g');

export function minifyHtmlTemplates(code, fileName = 'file.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
      const template = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((s) => s.literal)];
      for (const piece of pieces) {
        // The piece's text sits between its delimiters: ` or } before it, ` or ${ after it.
        const start = piece.getStart(source) + 1;
        const end = piece.getEnd() - (piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
        const raw = code.slice(start, end);
        const collapsed = raw.replace(/[ \t]*\n\s*/g, ' ').replace(SPACE_NEXT_TO_TABLE_TAG, '');
        if (collapsed !== raw) edits.push([start, end, collapsed]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return null;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
