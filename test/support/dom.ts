// DOM helpers for element tests. Imports no element, so a test can check what defines them.

export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** The text of each body row's model name, in display order. */
export function modelOrder(el: Element): string[] {
  return $$(el, 'tr[part="row"] .model-name').map((n) => n.textContent!.trim());
}

/** A header button's label: its own text, without the sort arrow. */
export function headerLabel(button: Element): string {
  return [...button.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
}

/** The header button of the column labelled `label`. */
export function header(el: Element, label: string): HTMLButtonElement {
  const button = $$(el, 'button.sort').find((b) => headerLabel(b) === label);
  if (!button) throw new Error(`no header ${label}`);
  return button as HTMLButtonElement;
}

/** Records the `detail` of every `name` event that reaches `target`. */
export function record<T>(target: EventTarget, name: string): T[] {
  const seen: T[] = [];
  target.addEventListener(name, (e) => seen.push((e as CustomEvent<T>).detail));
  return seen;
}

/** Waits until `check` passes (for fetches), or fails after `ms`. */
export async function until(check: () => boolean, ms = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
