// An element's labels in its reader's language: the nearest `lang` (its own or an ancestor's, as
// the page sets it), English until a shipped catalogue's chunk is here (a page in English never
// loads one). Numbers and dates follow the same language through Intl (internal/format.ts).
import { resolveLang } from '../internal/format.js';
import { catalogueFor, shippedFor } from './locale.js';
import { en, type Messages } from './messages.js';

interface Host {
  requestUpdate(): void;
}

type Chinese = typeof import('./zh-cn.js');
let chinese: Chinese | undefined;
let loading: Promise<Chinese> | null = null;
const waiting = new Set<Host>();

/** The Simplified Chinese catalogue, fetched once (a failed fetch is tried again on the next ask). */
export function loadChinese(): Promise<Chinese> {
  loading ??= import('./zh-cn.js').then(
    (module) => {
      chinese = module;
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

/** The shipped Chinese module when `lang` asks for it and it is here; else asks for it (the host updates when it comes). */
function shipped(host: Host, lang: string): Chinese | undefined {
  if (shippedFor(lang) !== 'zh') return undefined;
  if (!chinese) {
    waiting.add(host);
    loadChinese().catch(() => undefined);
  }
  return chinese;
}

/** The element's language and labels (English meanwhile, while a shipped catalogue comes). */
export function elementMessages(host: Element & Host): { lang: string; t: Messages } {
  const lang = resolveLang(host);
  return { lang, t: catalogueFor(en, lang, shipped(host, lang)?.zhCN) };
}

/** Another part of the catalogue (the hub's) for the element's language. */
export function elementPart<T extends object>(host: Element & Host, english: T, pick: (module: Chinese) => T): T {
  const lang = resolveLang(host);
  const module = shipped(host, lang);
  return catalogueFor(english, lang, module && pick(module));
}

/** Shared labels merged with a part's, by both: the same object while the language stays. */
const merged = new WeakMap<object, WeakMap<object, object>>();

/** The element's language and the shared labels with another part's (the hub's, the charts'…) in it. */
export function withPart<T extends object>(host: Element & Host, english: T, pick: (module: Chinese) => T): { lang: string; t: Messages & T } {
  const { lang, t } = elementMessages(host);
  const own = elementPart(host, english, pick);
  let byOwn = merged.get(t);
  if (!byOwn) merged.set(t, (byOwn = new WeakMap()));
  let both = byOwn.get(own) as (Messages & T) | undefined;
  if (!both) byOwn.set(own, (both = { ...t, ...own }));
  return { lang, t: both };
}
