// The model cards of a sharded feed live with the results that name them: each shard holds the
// cards of its suite's models, the index only those no shard names (and those its own results
// name). Every page reads the index, so it stays small however many models the field has; a
// model entered in two suites has its card in both shards.
import { checkArray } from '../feed/checks.js';
import { pointer, type ProblemList } from '../feed/problems.js';
import { checkModel } from '../feed/validate-sections.js';
import { modelKey } from '../identity.js';
import type { Model, Result } from '../types.js';

const keys = new WeakMap<Model, string[]>();

/** A card's identity keys: its id's and its aliases' (worked out once per card; a writer asks once per suite). */
function keysOf(card: Model): string[] {
  let own = keys.get(card);
  if (!own) keys.set(card, (own = [modelKey(card.id), ...(card.aliases ?? []).map(modelKey)]));
  return own;
}

/** The identity keys of `cards`: their ids' and aliases'. */
export function cardKeys(cards: readonly Model[]): Set<string> {
  const all = new Set<string>();
  for (let i = 0; i < cards.length; i++) {
    const own = keysOf(cards[i]);
    for (let k = 0; k < own.length; k++) all.add(own[k]);
  }
  return all;
}

/** Whether a model id (any spelling) is one of `keys`; results repeat a few spellings, so each is looked up once. */
export function spellingIn(keys: ReadonlySet<string>): (id: string) => boolean {
  const known = new Map<string, boolean>();
  return (id) => {
    let is = known.get(id);
    if (is === undefined) known.set(id, (is = keys.has(modelKey(id))));
    return is;
  };
}

/** The cards, in their order, that one of `results` names (by id or alias). */
export function cardsNamed(cards: readonly Model[], results: Iterable<Pick<Result, 'model'>>): Model[] {
  const named = new Set<string>();
  for (const r of results) named.add(modelKey(r.model));
  return cards.filter((card) => keysOf(card).some((key) => named.has(key)));
}

/** An index's cards, in the feed's order: those no shard has (`inShards`), and those its own results name. */
export function cardsForIndex(cards: readonly Model[], inShards: ReadonlySet<Model>, ownResults: Iterable<Pick<Result, 'model'>>): Model[] {
  const named = new Set(cardsNamed(cards, ownResults));
  return cards.filter((card) => !inShards.has(card) || named.has(card));
}

/** Lists of cards as one: the first card of each identity kept, in the lists' order. */
export function unionCards(...lists: ReadonlyArray<readonly Model[]>): Model[] {
  const seen = new Set<string>();
  const out: Model[] = [];
  for (const list of lists) {
    for (const card of list) {
      const keys = keysOf(card);
      if (keys.some((key) => seen.has(key))) continue;
      keys.forEach((key) => seen.add(key));
      out.push(card);
    }
  }
  return out;
}

/**
 * An index's and its shards' cards as the one feed's: the first card of each identity, in an
 * order that keeps each list's, choosing by id (code points) where the lists leave it open. The
 * shards of a feed whose cards were in id order (as `import` writes them) join in that order, and
 * any feed's shards join with each shard's cards in its order, so that cutting the joined feed
 * again gives the same files.
 */
export function joinedCards(...lists: ReadonlyArray<readonly Model[]>): Model[] {
  // A card's place: after the card before it in every list (its predecessors' count in `waits`).
  const card = new Map<string, Model>();
  const next = new Map<string, string[]>();
  const waits = new Map<string, number>();
  for (const list of lists) {
    let before: string | undefined;
    for (const c of list) {
      const key = keysOf(c)[0];
      if (!card.has(key)) {
        card.set(key, c);
        next.set(key, []);
        waits.set(key, 0);
      }
      if (before !== undefined && before !== key) {
        next.get(before)!.push(key);
        waits.set(key, waits.get(key)! + 1);
      }
      before = key;
    }
  }
  const ready = [...waits].filter(([, n]) => n === 0).map(([key]) => key);
  const left = new Set(card.keys());
  const ordered: Model[] = [];
  while (left.size > 0) {
    // Lists that disagree (edited by hand) leave none ready: the first card left goes next.
    if (ready.length === 0) ready.push(left.values().next().value!);
    let pick = 0;
    for (let i = 1; i < ready.length; i++) if (card.get(ready[i])!.id < card.get(ready[pick])!.id) pick = i;
    const key = ready.splice(pick, 1)[0];
    if (!left.delete(key)) continue;
    ordered.push(card.get(key)!);
    for (const k of next.get(key)!) {
      const n = waits.get(k)! - 1;
      waits.set(k, n);
      if (n === 0 && left.has(k)) ready.push(k);
    }
  }
  // One card per identity, where a card's alias is another's id.
  return unionCards(ordered);
}

/**
 * A shard's `models` checked as a feed's are: the well-formed cards. What is wrong with a card is
 * a warning, not an error: a card that cannot be used, or whose id another card of the file
 * already has, is left out, and its results are still kept (the model shown by its id).
 */
export function shardCards(problems: ProblemList, value: unknown): Model[] {
  if (value === undefined || !checkArray(problems, value, '/models')) return [];
  const cards: Model[] = [];
  const seen = new Set<string>();
  value.forEach((card, i) => {
    const at = pointer('/models', i);
    const before = problems.items.length;
    checkModel(problems, card, at);
    if (problems.items.length > before) {
      const found = problems.items.slice(before);
      const unusable = found.some((p) => p.severity === 'error');
      found.forEach((p) => (p.severity = 'warning'));
      if (unusable) return;
    }
    const key = modelKey((card as Model).id);
    if (seen.has(key)) problems.warn(pointer(at, 'id'), `model "${(card as Model).id}" is listed twice in this file; the first card is kept`);
    else {
      seen.add(key);
      cards.push(card as Model);
    }
  });
  return cards;
}
