// The labels of the static pages (`render`, `page`, `staticFallback`): the same catalogue as the
// elements', every shipped language at hand (no chunk to wait for outside a page).
import { messagesFor, shippedFor } from './locale.js';
import type { Messages } from './messages.js';
import { zhCN } from './zh-cn.js';

export function staticMessages(lang: string): Messages {
  return messagesFor(lang, shippedFor(lang) === 'zh' ? zhCN : undefined);
}
