// An element's labels in its reader's language: the nearest `lang` (its own or an ancestor's, as
// the page sets it), English until a shipped catalogue's chunk is here (a page in English never
// loads one). Numbers and dates follow the same language through Intl (internal/format.ts).
import { LazyChunk } from '../internal/lazy.js';
import { resolveLang } from '../internal/format.js';
import { messagesFor, shippedFor } from './locale.js';
import type { Messages } from './messages.js';

export const chineseChunk = new LazyChunk('labels (zh-CN)', () => import('./zh-cn.js'));

/** The element's language and labels; asks for a shipped catalogue's chunk (the host updates when it comes). */
export function elementMessages(host: Element & { requestUpdate(): void }): { lang: string; t: Messages } {
  const lang = resolveLang(host);
  const shipped = shippedFor(lang) === 'zh' ? chineseChunk.request(host)?.zhCN : undefined;
  return { lang, t: messagesFor(lang, shipped) };
}
