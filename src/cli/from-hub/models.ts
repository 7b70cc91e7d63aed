// Model cards and model identity. Ids that differ only in case are one model; a card also
// answers to its file name (models/geneformer.yaml holds `model_id: MOD-GENEFORMER`, and the
// evals say `geneformer`). Every spelling the evals use is kept in `aliases`.
import { modelKey, parameterCounts, parameterText, type Model, type ModelLink } from '../../core/index.js';
import { fileStem, type HubDocument } from './read-hub.js';
import { cmp, isRecord, text, type ConversionLog } from './warnings.js';

/** `spellings`: every model id the evals use → the first eval file that uses it. */
export function convertModels(cards: HubDocument[], spellings: Map<string, string>, log: ConversionLog): Model[] {
  const models: Model[] = [];
  const byKey = new Map<string, Model>();
  const claim = (spelling: string, model: Model) => {
    const key = modelKey(spelling);
    if (!byKey.has(key)) byKey.set(key, model);
    if (byKey.get(key) === model && spelling !== model.id && !model.aliases!.includes(spelling)) model.aliases!.push(spelling);
  };

  for (const { file, data } of cards) {
    if (!isRecord(data)) {
      log.warn(file, 'skipped: not a model card (expected a mapping)');
      continue;
    }
    const id = text(data.model_id) ?? fileStem(file);
    if (!text(data.model_id)) log.warn(file, `no model_id; the file name "${id}" is used`);
    if (byKey.has(modelKey(id))) {
      log.warn(file, `skipped: model "${id}" already has a card`);
      continue;
    }
    const model: Model = { id, name: text(data.name) ?? id, aliases: [] };
    carryCard(model, data);
    models.push(model);
    byKey.set(modelKey(id), model);
    claim(fileStem(file).replace(/^model_/, ''), model);
  }

  const uncarded = new Map<string, string[]>();
  for (const spelling of spellings.keys()) {
    const model = byKey.get(modelKey(spelling));
    if (model) claim(spelling, model);
    else uncarded.set(modelKey(spelling), [...(uncarded.get(modelKey(spelling)) ?? []), spelling]);
  }
  for (const variants of uncarded.values()) {
    const [id, ...others] = [...new Set(variants)].sort(cmp);
    const model: Model = { id, name: id, aliases: others };
    models.push(model);
    log.warn(spellings.get(id) ?? 'models/', `no model card for "${id}"; its id is used as its name`);
  }

  for (const model of models) {
    if (model.aliases!.length === 0) delete model.aliases;
    else model.aliases!.sort(cmp);
  }
  return models.sort((a, b) => cmp(a.id, b.id));
}

const LINKS = [
  ['paper', 'Paper'],
  ['upstream_repo', 'Code'],
  ['homepage', 'Homepage'],
] as const;

/**
 * Every field of a card, into the model: the ones the feed knows by name (type, size, licence,
 * modality, architecture, version, description, links) and the rest as they are in `extra`.
 * Nothing a card says is dropped: a link that is not http(s) stays in `extra` too.
 */
function carryCard(model: Model, card: Record<string, unknown>): void {
  const used = new Set(['model_id', 'name']);
  const take = (key: string) => {
    const value = text(card[key]);
    if (value) used.add(key);
    return value;
  };
  const type = take('type');
  if (type) model.type = type;
  const params = parameterText(card.params);
  if (params) {
    used.add('params');
    model.params = params;
    const counts = parameterCounts(card.params);
    if (counts.length > 0) model.parameters = counts;
  }
  const license = take('license');
  if (license) model.license = license;
  const modalities = (Array.isArray(card.modality) ? card.modality : [card.modality]).map(text).filter((m): m is string => !!m);
  if (modalities.length > 0) {
    used.add('modality');
    model.modalities = modalities;
  }
  for (const key of ['arch', 'version'] as const) {
    const value = take(key);
    if (value) model[key] = value;
  }
  const description = take('description') ?? take('notes');
  if (description) model.description = description.replace(/\s+/g, ' ').trim();
  const links: ModelLink[] = [];
  for (const [key, label] of LINKS) {
    const url = text(card[key]);
    if (url && /^https?:\/\//i.test(url)) {
      used.add(key);
      links.push({ label, url });
    }
  }
  if (links.length > 0) model.links = links;
  const extra = Object.fromEntries(Object.entries(card).filter(([key, value]) => !used.has(key) && value !== null && value !== undefined));
  if (Object.keys(extra).length > 0) model.extra = extra;
}
