// An element's labels in its reader's language: the nearest `lang` (its own or an ancestor's, as
// the page sets it), English until a shipped catalogue's chunk is here (a page in English never
// loads one). Numbers and dates follow the same language through Intl (internal/format.ts).
import { resolveLang } from '../internal/format.js';
import { messagesFor, shippedFor } from './locale.js';
import type { Messages } from './messages.js';

interface Host {
  requestUpdate(): void;
}

let chinese: Messages | undefined;
let loading: Promise<Messages> | null = null;
const waiting = new Set<Host>();

/** The Simplified Chinese catalogue, fetched once (a failed fetch is tried again on the next ask). */
export function loadChinese(): Promise<Messages> {
  loading ??= import('./zh-cn.js').then(
    (module) => {
      chinese = module.zhCN;
      for (const host of waiting) host.requestUpdate();
      waiting.clear();
      return chinese;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The element's language and labels; asks for a shipped catalogue's chunk (the host updates when it comes; English meanwhile). */
export function elementMessages(host: Element & Host): { lang: string; t: Messages } {
  const lang = resolveLang(host);
  if (shippedFor(lang) === 'zh' && !chinese) {
    waiting.add(host);
    loadChinese().catch(() => undefined);
  }
  return { lang, t: messagesFor(lang, shippedFor(lang) === 'zh' ? chinese : undefined) };
}
