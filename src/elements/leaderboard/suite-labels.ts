// The suites chunk's labels in the hub's language: the shared part of the catalogue and the
// leaderboards' own (i18n/suite-messages.ts).
import type { ReactiveControllerHost } from 'lit';
import { withPart } from '../../i18n/element-messages.js';
import { enSuites } from '../../i18n/suite-messages.js';
import type { SuiteLabels } from '../../render/suite-text.js';

/** The hub's language and the suites' labels in it. */
export function suiteLabels(host: ReactiveControllerHost): { lang: string; t: SuiteLabels } {
  return withPart(host as unknown as Element & ReactiveControllerHost, enSuites, (zh) => zh.zhCNSuites);
}
