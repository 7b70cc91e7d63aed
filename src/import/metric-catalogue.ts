// The metrics that benchmark hubs (and, in metric-catalogue-llm.ts, LLM evaluation tools) use, with their direction, range and a plain explanation.
// Looked up by a loose key (case, spaces, dashes and underscores ignored), so `F1-Score`,
// `f1_score` and `F1 Score` find the same entry; the feed keeps the hub's own spelling as id.
import type { MetricDefinition } from '../core/index.js';
import { LLM_EVAL_METRICS } from './metric-catalogue-llm.js';

const unit = { min: 0, max: 1 };

const rAUC = (what: string): MetricDefinition => ({
  name: `${what} robustness (rAUC)`,
  direction: 'higher',
  range: unit,
  decimals: 4,
  description: `Area under the curve of output similarity as ${what} grows, normalised to 0–1: how much of its behaviour the model keeps under that perturbation.`,
  example: `An rAUC of 0.92 means that across the tested ${what} levels the outputs stayed 92 % as similar to the clean ones as a perfectly stable model's.`,
});

const ENTRIES: Record<string, MetricDefinition> = {
  AUROC: {
    name: 'Area under the ROC curve',
    direction: 'higher',
    range: unit,
    decimals: 4,
    description: 'How well the model separates the classes: the chance that a random positive case is scored above a random negative one. 0.5 is guessing.',
    example: 'An AUROC of 0.85 means a positive case outranks a negative one 85 times in 100.',
  },
  Accuracy: {
    name: 'Accuracy',
    direction: 'higher',
    range: unit,
    proportion: true,
    description: 'The share of predictions that are right. Misleading when one class is rare.',
    example: 'An accuracy of 0.92 means 92 of every 100 samples were classified correctly.',
  },
  'F1-Score': {
    name: 'F1 score',
    direction: 'higher',
    range: unit,
    decimals: 4,
    description: 'The harmonic mean of precision and recall: high only when the model both finds the real cases and avoids false alarms.',
    example: 'An F1 of 0.85 means missed cases and false alarms are both rare.',
  },
  Precision: {
    name: 'Precision',
    direction: 'higher',
    range: unit,
    decimals: 4,
    description: 'Of the cases the model flags, the share that are real.',
    example: 'A precision of 0.9 means 1 flag in 10 is a false alarm.',
  },
  Recall: {
    name: 'Recall (sensitivity)',
    direction: 'higher',
    range: unit,
    decimals: 4,
    description: 'Of the real cases, the share the model finds.',
    example: 'A recall of 0.8 means 1 real case in 5 is missed.',
  },
  Correlation: {
    name: 'Correlation',
    direction: 'higher',
    range: { min: -1, max: 1 },
    decimals: 4,
    description: 'How closely predictions follow the true values: 1 is a perfect match, 0 no relation, −1 a perfect inverse.',
    example: 'A correlation of 0.78 means predictions track the true values well, with visible scatter.',
  },
  'Pearson Correlation': {
    name: 'Pearson correlation',
    direction: 'higher',
    range: { min: -1, max: 1 },
    decimals: 4,
    description: 'Linear correlation between predictions and true values; 1 is a perfect straight-line match.',
    example: 'A Pearson r of 0.9 means predictions and truth lie close to one line.',
  },
  R2: {
    name: 'Coefficient of determination (R²)',
    direction: 'higher',
    range: { min: null, max: 1 },
    decimals: 4,
    description: 'The share of the variation in the true values that the predictions explain; 1 is perfect, 0 is no better than predicting the mean, below 0 is worse.',
    example: 'An R² of 0.6 means the model explains 60 % of the variation.',
  },
  MSE: {
    name: 'Mean squared error',
    direction: 'lower',
    range: { min: 0, max: null },
    decimals: 4,
    description: 'The average squared gap between prediction and truth; large errors weigh most. 0 is perfect.',
    example: 'An MSE of 0.04 means a typical error of about 0.2 in the units of the target.',
  },
  MAE: {
    name: 'Mean absolute error',
    direction: 'lower',
    range: { min: 0, max: null },
    decimals: 4,
    description: 'The average absolute gap between prediction and truth. 0 is perfect.',
    example: 'An MAE of 1.5 years means age predictions are off by 1.5 years on average.',
  },
  RMSE: {
    name: 'Root mean squared error',
    direction: 'lower',
    range: { min: 0, max: null },
    decimals: 4,
    description: 'The square root of the mean squared error, in the units of the target. 0 is perfect.',
    example: 'An RMSE of 0.2 means a typical error of 0.2 target units.',
  },
  SSIM: {
    name: 'Structural similarity (SSIM)',
    direction: 'higher',
    range: { min: -1, max: 1 },
    decimals: 4,
    description: 'How similar a reconstruction is to the original in local structure, brightness and contrast; 1 is identical.',
    example: 'An SSIM of 0.95 means the reconstruction is hard to tell from the original.',
  },
  robustness_score: {
    name: 'Robustness score',
    direction: 'higher',
    range: unit,
    decimals: 4,
    description: 'A summary of how stable the model stays when its input is degraded (noise, dropout, shifts); 1 is completely stable.',
    example: 'A robustness score of 0.82 means the model keeps most of its behaviour on imperfect data.',
  },
  dropout_rAUC: rAUC('channel dropout'),
  noise_rAUC: rAUC('Gaussian noise'),
  line_noise_rAUC: rAUC('power-line noise'),
  shift_rAUC: rAUC('temporal shift'),
  masking_rAUC: rAUC('input masking'),
  expression_rAUC: rAUC('expression noise'),
  perm_equivariance: {
    name: 'Permutation equivariance',
    direction: 'higher',
    range: unit,
    decimals: 4,
    description: 'How similar the outputs stay when the input channels are reordered; 1 means the order does not matter to the model.',
    example: 'A value of 0.78 means reordering channels changes the outputs noticeably.',
  },
  shift_sensitivity: {
    name: 'Shift stability',
    direction: 'higher',
    range: unit,
    decimals: 4,
    description: 'How similar the outputs stay when the signal is shifted in time; despite the name, 1 means unaffected by the shift.',
    example: 'A value of 0.79 means time shifts change the outputs by about a fifth.',
  },
  report_quality_score: {
    name: 'Report quality score',
    direction: 'higher',
    range: unit,
    decimals: 4,
    description: 'An overall grade of generated medical reports: correct, complete and well organised.',
    example: 'A score of 0.85 means reports are mostly accurate and complete.',
  },
  clinical_accuracy: {
    name: 'Clinical accuracy',
    direction: 'higher',
    range: unit,
    decimals: 4,
    description: 'The share of medical findings in a generated report that are verified as correct.',
    example: 'A clinical accuracy of 0.92 means 92 % of the stated findings are right.',
  },
  hallucination_rate: {
    name: 'Hallucination rate',
    direction: 'lower',
    range: unit,
    decimals: 4,
    description: 'The share of generated content that the input does not support: made-up findings. 0 is ideal.',
    example: 'A hallucination rate of 0.05 means 1 statement in 20 is unsupported.',
  },
  bertscore: {
    name: 'BERTScore',
    direction: 'higher',
    range: unit,
    decimals: 4,
    description: 'How close the generated text is in meaning to a reference text, judged by a language model rather than exact words.',
    example: 'A BERTScore of 0.87 means the report says nearly the same as the expert reference.',
  },
  BLEU: {
    name: 'BLEU',
    direction: 'higher',
    range: unit,
    decimals: 4,
    description: 'Word-sequence overlap between generated and reference text; rewards exact phrasing.',
    example: 'A BLEU of 0.3 is typical of fluent text worded differently from the reference.',
  },
  'ROUGE-L': {
    name: 'ROUGE-L',
    direction: 'higher',
    range: unit,
    decimals: 4,
    description: 'The longest shared word sequence between generated and reference text, as a share of their length.',
    example: 'A ROUGE-L of 0.45 means close to half the reference is echoed in order.',
  },
};

/** Case, spaces, dashes and underscores ignored: `F1-Score` = `f1 score` = `F1_score`. */
export function looseMetricKey(id: string): string {
  return id.toLowerCase().replace(/[\s_-]+/g, '');
}

const BY_LOOSE_KEY = new Map(Object.entries({ ...LLM_EVAL_METRICS, ...ENTRIES }).map(([id, definition]) => [looseMetricKey(id), definition]));

/** The catalogue's definition of a metric, or undefined for one it does not know. */
export function lookupMetric(id: string): MetricDefinition | undefined {
  return BY_LOOSE_KEY.get(looseMetricKey(id));
}

/** Metrics whose exact 0 the hubs write when the value could not be computed. */
export const ZERO_MEANS_NOT_COMPUTED = new Set([looseMetricKey('AUROC')]);
