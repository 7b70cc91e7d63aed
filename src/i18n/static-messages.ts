// The labels of the static pages (`render`, `page`, `staticFallback`): the same catalogue as the
// elements', every shipped language at hand (no chunk to wait for outside a page).
import { enHub, type HubMessages } from './hub-messages.js';
import { catalogueFor, shippedFor } from './locale.js';
import { en, type Messages } from './messages.js';
import { enExplainer, type ExplainerMessages } from './explainer-messages.js';
import { enFacets, type FacetMessages } from './facet-messages.js';
import { enSections, type SectionMessages } from './section-messages.js';
import { enSuites, type SuiteMessages } from './suite-messages.js';
import { zhCN, zhCNExplainer, zhCNFacets, zhCNHub, zhCNSections, zhCNSuites } from './zh-cn.js';

/** Every part of the catalogue, as a static page uses it. */
export type StaticLabels = Messages & HubMessages & SectionMessages & ExplainerMessages & SuiteMessages & FacetMessages;

/** Every part of the catalogue for `lang`. */
export function staticMessages(lang: string): StaticLabels {
  const zh = shippedFor(lang) === 'zh';
  return {
    ...catalogueFor(en, lang, zh ? zhCN : undefined),
    ...catalogueFor(enHub, lang, zh ? zhCNHub : undefined),
    ...catalogueFor(enSections, lang, zh ? zhCNSections : undefined),
    ...catalogueFor(enExplainer, lang, zh ? zhCNExplainer : undefined),
    ...catalogueFor(enSuites, lang, zh ? zhCNSuites : undefined),
    ...catalogueFor(enFacets, lang, zh ? zhCNFacets : undefined),
  };
}
