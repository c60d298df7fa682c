/**
 * The model for the pages, loaded once per build from DATA_DIR (default: data/).
 * `npm run build` validates first and stops on errors; this check is a second guard
 * for `astro dev` and direct `astro build`, with the same messages and no stack trace.
 */
import { resolve } from 'node:path';
import { loadDataset } from '../data/load-dataset.ts';
import type { Model } from '../data/model.ts';
import { formatProblem, summary } from '../data/report.ts';

let cached: Model | undefined;

export class DataError extends Error {}

export function dataDir(): string {
  return resolve(process.env.DATA_DIR ?? 'data');
}

export function getModel(): Model {
  if (cached) return cached;
  const { model, problems, files } = loadDataset(dataDir());
  if (!model) {
    const text = problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n\n');
    throw new DataError(`${text}\n\n${summary(problems, files)}`);
  }
  cached = model;
  return model;
}
