// Reads a hub's YAML files, folder by folder, in a stable (sorted) order. A file that does not
// parse is kept with the parser's reason, so the converter can report it instead of losing it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface HubDocument {
  /** Path inside the hub, e.g. `evals/FMRI-brainlm-20251219-120049.yaml`. */
  file: string;
  /** The parsed YAML. */
  data: unknown;
}

export interface HubFiles {
  benchmarks: HubDocument[];
  models: HubDocument[];
  datasets: HubDocument[];
  evals: HubDocument[];
  suites: HubDocument[];
  /** Files that could not be read or parsed, with the reason. */
  unreadable: Array<{ file: string; reason: string }>;
}

const FOLDERS = { benchmarks: 'benchmarks', models: 'models', datasets: 'datasets', evals: 'evals', suites: 'tests' } as const;

export function readHub(hubDir: string): HubFiles {
  if (!existsSync(hubDir) || !statSync(hubDir).isDirectory()) throw new Error(`${hubDir}: not a folder`);
  if (!existsSync(join(hubDir, 'evals'))) throw new Error(`${hubDir}: no evals/ folder, so this is not a benchmark hub`);
  const files: HubFiles = { benchmarks: [], models: [], datasets: [], evals: [], suites: [], unreadable: [] };
  for (const [key, folder] of Object.entries(FOLDERS) as Array<[keyof typeof FOLDERS, string]>) {
    const dir = join(hubDir, folder);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n)).sort();
    for (const name of names) {
      const file = `${folder}/${name}`;
      try {
        files[key].push({ file, data: parse(readFileSync(join(dir, name), 'utf8')) });
      } catch (error) {
        files.unreadable.push({ file, reason: `not parseable YAML: ${firstLine(error)}` });
      }
    }
  }
  return files;
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}

/** The file name without folder and extension. */
export function fileStem(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.ya?ml$/i, '');
}
