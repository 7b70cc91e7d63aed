// The suites chunk's labels in the hub's language: the shared part of the catalogue and the
// leaderboards' own (i18n/suite-messages.ts), merged once per language.
import type { ReactiveControllerHost } from 'lit';
import { elementMessages, elementPart } from '../../i18n/element-messages.js';
import { enSuites } from '../../i18n/suite-messages.js';
import type { SuiteLabels } from '../../render/suite-text.js';

const merged = new WeakMap<object, WeakMap<object, SuiteLabels>>();

/** The hub's language and the suites' labels in it. */
export function suiteLabels(host: ReactiveControllerHost): { lang: string; t: SuiteLabels } {
  const element = host as unknown as Element & ReactiveControllerHost;
  const { lang, t: shared } = elementMessages(element);
  const own = elementPart(element, enSuites, (zh) => zh.zhCNSuites);
  let byOwn = merged.get(shared);
  if (!byOwn) merged.set(shared, (byOwn = new WeakMap()));
  let t = byOwn.get(own);
  if (!t) {
    t = { ...shared, ...own };
    byOwn.set(own, t);
  }
  return { lang, t };
}
