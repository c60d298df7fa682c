/**
 * The model for the pages, loaded once per build from DATA_DIR (default: data/).
 * `npm run build` validates first and stops on errors; this check is a second guard
 * for `astro dev` and direct `astro build`, with the same messages and no stack trace.
 */
import { resolve } from 'node:path';
import { siteConfig } from '../site/config.ts';
import { loadDataset } from './load-dataset.ts';
import type { Model } from './model.ts';
import { formatProblem, summary } from './report.ts';

let cached: Model | undefined;

/**
 * `npm run build` validates the data and then runs Astro in the same process; the model it
 * validated is handed over on globalThis, since Astro's bundled pages hold their own copy of
 * this module.
 */
const SHARED = Symbol.for('xhht.validated-model');
type Shared = { dir: string; model: Model };

export function shareModel(dir: string, model: Model): void {
  (globalThis as Record<symbol, Shared>)[SHARED] = { dir: resolve(dir), model };
}

export class DataError extends Error {}

export function dataDir(): string {
  return siteConfig().dataDir;
}

export function getModel(): Model {
  if (cached) return cached;
  const shared = (globalThis as Record<symbol, Shared | undefined>)[SHARED];
  if (shared && shared.dir === dataDir()) return (cached = shared.model);
  const { model, problems, files } = loadDataset(dataDir(), process.cwd(), siteConfig().geoDir);
  if (!model) {
    const text = problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n\n');
    throw new DataError(`${text}\n\n${summary(problems, files)}`);
  }
  cached = model;
  return model;
}
