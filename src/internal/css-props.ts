import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties on an element through the CSSOM (`style.setProperty`), on every render.
 * Lit's styleMap writes a style attribute on its first render, which a page's
 * Content-Security-Policy without 'unsafe-inline' for styles blocks; the CSSOM is allowed.
 * Use as an element binding: <div ${cssProps({ '--_fm-columns': '1fr 2fr', left: '4px' })}>.
 */
class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() is an element binding: <div ${cssProps({...})}>');
  }

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
