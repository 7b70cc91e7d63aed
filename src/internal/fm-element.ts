import { LitElement } from 'lit';
import { SiteTheme } from '../controllers/site-theme.js';

/**
 * The base of every fm-* element. `emit()` dispatches a bubbling, composed event, so that a page
 * hears it through the shadow roots of a composite such as <fm-leaderboard>.
 *
 * Elements declare their reactive properties in `static properties` (lit's plain form), each
 * field below it keeping its doc comment, not with `@property` decorators: the decorator helpers
 * cost about 430 bytes gzip in the table's bundle, which has a 25 kB budget.
 */
export class FmElement extends LitElement {
  constructor() {
    super();
    new SiteTheme(this);
  }

  /** Its own `lang` too: the labels and the feed's translated text follow it. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** Dispatches `name` with `detail`; returns false if a listener called preventDefault(). */
  protected emit<T>(name: string, detail: T, { cancelable = false } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
  }
}
