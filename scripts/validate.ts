/**
 * `npm run validate [data-dir]`: checks every data file and reports every problem at once.
 * Exit code 0 when there is no error (warnings allowed), 1 otherwise. Never prints a stack trace
 * for a data mistake; an unexpected crash is reported as a bug in the program, not in the data.
 *
 * The exit code is set, never forced: `process.exit()` right after writing to a pipe (as in CI)
 * drops whatever the pipe has not taken yet, and once dropped 726 of 824 errors and the summary.
 */
import { resolve } from 'node:path';
import { siteConfig } from '../src/lib/site/config.ts';
import { loadDataset } from '../src/lib/data/load-dataset.ts';
import { formatProblem, githubAnnotation, summary } from '../src/lib/data/report.ts';
import type { Model } from '../src/lib/data/model.ts';

export interface ValidationOptions {
  quietWarnings?: boolean;
  /** Receives the loaded model when the data is valid (the build reuses it). */
  onModel?: (model: Model) => void;
}

/** One write for the whole report: fewer chunks for a pipe, nothing interleaved. */
export function runValidation(dataDir: string, opts: ValidationOptions = {}): boolean {
  const started = performance.now();
  const { problems, files, model } = loadDataset(dataDir, process.cwd(), siteConfig().geoDir);
  const shown = opts.quietWarnings ? problems.filter((p) => p.severity === 'error') : problems;
  const out: string[] = shown.map((p) => formatProblem(p) + '\n');
  const ms = performance.now() - started;
  out.push(summary(problems, files));
  if (model) {
    out.push(
      `${model.provinces.length} tỉnh, ${model.communes.length} xã, ${model.indicators.length} chỉ tiêu, ${model.sources.length} nguồn, ${model.observations.length} số liệu — ${(ms / 1000).toFixed(2)} s`,
    );
  }
  process.stderr.write(out.join('\n') + '\n');
  if (process.env.GITHUB_ACTIONS === 'true') process.stdout.write(problems.map(githubAnnotation).join('\n') + (problems.length ? '\n' : ''));
  const ok = !problems.some((p) => p.severity === 'error');
  if (ok && model) opts.onModel?.(model);
  return ok;
}

if (import.meta.main) {
  const dataDir = resolve(process.argv[2] ?? process.env.DATA_DIR ?? 'data');
  try {
    process.exitCode = runValidation(dataDir) ? 0 : 1;
  } catch (e) {
    console.error('Lỗi của chương trình (không phải lỗi dữ liệu) — xin báo cho nhóm phát triển.\nProgram bug (not a data mistake) — please report it.');
    console.error(e);
    process.exitCode = 2;
  }
}
