// The metrics that language-model evaluation tools (lm-evaluation-harness, Inspect, model cards)
// report, under the names those tools use. Joined into the catalogue in metric-catalogue.ts.
import type { MetricDefinition } from '../core/index.js';

const unit = { min: 0, max: 1 };
const positive = { min: 0, max: null };

const share = (name: string, description: string, example: string): MetricDefinition => ({ name, direction: 'higher', range: unit, decimals: 4, description, example });
/**
 * A share of items scored right: an item count gives its binomial standard error, and its
 * decimals are left to what the standard errors justify.
 */
const proportion = (name: string, description: string, example: string): MetricDefinition => ({ name, direction: 'higher', range: unit, proportion: true, description, example });

export const LLM_EVAL_METRICS: Record<string, MetricDefinition> = {
  acc: proportion('Accuracy', 'The share of questions answered correctly (the harness picks the choice the model finds most likely).', 'An accuracy of 0.62 means 62 of every 100 questions were answered correctly.'),
  acc_norm: proportion(
    'Accuracy, length-normalised',
    'Accuracy where each answer choice is scored per character, so that long answers are not penalised for being long.',
    'An acc_norm of 0.55 means 55 of every 100 questions were answered correctly after normalising for answer length.',
  ),
  exact_match: proportion('Exact match', 'The share of answers that match the reference exactly (after the task’s filter extracts the answer).', 'An exact match of 0.4 means 4 answers in 10 were exactly right.'),
  em: proportion('Exact match', 'The share of answers that match the reference exactly.', 'An exact match of 0.4 means 4 answers in 10 were exactly right.'),
  f1: share('F1 score', 'The harmonic mean of precision and recall (for text answers: of the words shared with the reference).', 'An F1 of 0.7 means most of the reference is found with few extra words.'),
  mcc: {
    name: 'Matthews correlation coefficient',
    direction: 'higher',
    range: { min: -1, max: 1 },
    decimals: 4,
    description: 'Agreement between predicted and true classes that stays fair when classes are unbalanced: 1 perfect, 0 chance, −1 always wrong.',
    example: 'An MCC of 0.5 is a clear, though imperfect, agreement.',
  },
  mc1: proportion('Single-true multiple choice (MC1)', 'The share of questions where the model finds the one true answer most likely.', 'An MC1 of 0.3 means the true answer was the favourite 3 times in 10.'),
  mc2: share('Multi-true multiple choice (MC2)', 'The probability mass the model gives to the true answers, averaged over questions.', 'An MC2 of 0.45 means 45 % of the probability went to true answers.'),
  cost_usd: { name: 'Cost (USD)', direction: 'lower', range: { min: 0, max: null }, unit: 'USD', decimals: 2, description: 'What the evaluation run cost, in US dollars (model calls and tools): shown beside the score, it never ranks.', example: 'A cost of 56.00 USD for a score of 0.17 and 122.49 USD for 0.64: the second agent scores higher for about twice the money.' },
  perplexity: { name: 'Perplexity', direction: 'lower', range: { min: 1, max: null }, decimals: 2, description: 'How surprised the model is by the text: the effective number of equally likely next tokens. Lower is better.' },
  word_perplexity: { name: 'Word perplexity', direction: 'lower', range: { min: 1, max: null }, decimals: 2, description: 'Perplexity per word. Lower is better.' },
  byte_perplexity: { name: 'Byte perplexity', direction: 'lower', range: { min: 1, max: null }, decimals: 4, description: 'Perplexity per byte of text. Lower is better.' },
  bits_per_byte: { name: 'Bits per byte', direction: 'lower', range: positive, decimals: 4, description: 'How many bits the model needs to encode each byte of the text. Lower is better.' },
  brier_score: { name: 'Brier score', direction: 'lower', range: unit, decimals: 4, description: 'The mean squared gap between predicted probabilities and what happened. 0 is perfect.' },
  chrf: { name: 'chrF', direction: 'higher', range: { min: 0, max: 100 }, decimals: 2, description: 'Character n-gram overlap between generated and reference text, on a 0–100 scale.' },
  ter: { name: 'Translation edit rate', direction: 'lower', range: positive, decimals: 2, description: 'The edits needed to turn the output into the reference, per reference word. Lower is better.' },
  rouge1: share('ROUGE-1', 'Word overlap between generated and reference text.', 'A ROUGE-1 of 0.45 means about half the reference words appear.'),
  rouge2: share('ROUGE-2', 'Overlap of word pairs between generated and reference text.', 'A ROUGE-2 of 0.2 means a fifth of the reference word pairs appear.'),
  wer: { name: 'Word error rate', direction: 'lower', range: positive, decimals: 4, description: 'Words substituted, deleted or inserted, per reference word. 0 is perfect.', example: 'A WER of 0.08 means about 8 errors in every 100 words.' },
  cer: { name: 'Character error rate', direction: 'lower', range: positive, decimals: 4, description: 'Characters substituted, deleted or inserted, per reference character. 0 is perfect.' },
  'pass@1': proportion('pass@1', 'The share of problems solved by the first generated answer (code tasks: it passes the tests).', 'A pass@1 of 0.35 means 35 problems in 100 were solved at the first try.'),
};
