// Model cards and model identity. Ids that differ only in case are one model; a card also
// answers to its file name (models/geneformer.yaml holds `model_id: MOD-GENEFORMER`, and the
// evals say `geneformer`). Every spelling the evals use is kept in `aliases`.
import { modelKey, type Model, type ModelLink } from '../../core/index.js';
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
    const type = text(data.type);
    if (type) model.type = type;
    const params = text(data.params);
    if (params) model.params = params;
    const links = cardLinks(data);
    if (links.length > 0) model.links = links;
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

function cardLinks(card: Record<string, unknown>): ModelLink[] {
  const links: ModelLink[] = [];
  for (const [key, label] of [['paper', 'Paper'], ['upstream_repo', 'Code'], ['homepage', 'Homepage']] as const) {
    const url = text(card[key]);
    if (url && /^https?:\/\//i.test(url)) links.push({ label, url });
  }
  return links;
}
