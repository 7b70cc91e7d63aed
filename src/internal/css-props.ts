import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * Sets CSS properties on an element through the CSSOM (`style.setProperty`), on every render.
 * Lit's styleMap writes a style attribute on its first render, which a page's
 * Content-Security-Policy without 'unsafe-inline' for styles blocks; the CSSOM is allowed.
 * Use as an element binding: <div ${cssProps({ '--_fm-columns': '1fr 2fr', left: '4px' })}>.
 */
class CssPropsDirective extends Directive {
  // (An element binding only; no runtime check of the part's type, which lit's own directives
  // make in development builds: each byte counts in the table's 25 kB.)
  private previous = new Set<string>();

  render(_props: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(props));
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
