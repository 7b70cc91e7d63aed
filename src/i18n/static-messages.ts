// The labels of the static pages (`render`, `page`, `staticFallback`): the same catalogue as the
// elements', every shipped language at hand (no chunk to wait for outside a page).
import { enHub, type HubMessages } from './hub-messages.js';
import { catalogueFor, shippedFor } from './locale.js';
import { en, type Messages } from './messages.js';
import { zhCN, zhCNHub } from './zh-cn.js';

/** Every part of the catalogue for `lang`. */
export function staticMessages(lang: string): Messages & HubMessages {
  const zh = shippedFor(lang) === 'zh';
  return { ...catalogueFor(en, lang, zh ? zhCN : undefined), ...catalogueFor(enHub, lang, zh ? zhCNHub : undefined) };
}
