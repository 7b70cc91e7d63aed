// Modality sections for hub benchmarks. A benchmark's stated modality (`modality`,
// `input_modality`) is used where given, mapped onto a section name when a rule knows its words;
// otherwise the section is inferred from its name, domain and topic. Rules match whole words
// only: "generation" does not contain the word "gene".

interface ModalityRule {
  section: string;
  words: string[];
}

const RULES: ModalityRule[] = [
  {
    section: 'Genomics',
    words: ['dna', 'rna', 'gene', 'genes', 'genetic', 'genetics', 'genome', 'genomes', 'genomic', 'genomics', 'scrna-seq', 'rna-seq', 'single-cell', 'transcriptomic', 'transcriptomics', 'enhancer', 'enhancers', 'promoter', 'promoters', 'nucleotide'],
  },
  {
    section: 'Brain imaging (MRI/fMRI)',
    words: ['fmri', 'mri', 'smri', 'brain', 'neuroimaging', 'neurology', 'eeg', 'meg', 'voxel'],
  },
  {
    section: 'Clinical text',
    words: ['report', 'reports', 'radiology', 'clinical-notes', 'ehr', 'text', 'language'],
  },
  {
    section: 'Medical imaging',
    words: ['x-ray', 'xray', 'ct', 'histopathology', 'pathology', 'ultrasound', 'dermatology', 'retinal'],
  },
];

/** Lower-case words; `-` stays inside a word (scRNA-seq), other punctuation splits. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9-]+/).filter(Boolean));
}

function match(texts: Array<string | undefined>): string | null {
  const found = new Set<string>();
  for (const text of texts) if (text) for (const w of words(text)) found.add(w);
  for (const rule of RULES) if (rule.words.some((w) => found.has(w))) return rule.section;
  return null;
}

export interface ModalitySource {
  stated: Array<string | undefined>;
  context: Array<string | undefined>;
}

/**
 * The section for a benchmark: a rule matching its stated modality; else the stated modality
 * as written; else a rule matching its name, domain and topic; else null ("Other").
 */
export function inferModality({ stated, context }: ModalitySource): { modality: string | null; inferred: boolean } {
  const statedText = stated.filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  if (statedText.length > 0) return { modality: match(statedText) ?? statedText[0].trim(), inferred: false };
  return { modality: match(context), inferred: true };
}
