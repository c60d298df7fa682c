/**
 * `npm run build [-- --data <dir>] [-- --out <dir>]`: the whole build as a list of phases.
 * 1. configuration: checked before anything else (a wrong SITE_URL stops here, nothing touched);
 * 2. validate the data (stop before anything is built when there is an error);
 * 3. astro build (pages, charts, embed files, search index) into a new folder beside the output;
 * 4. only when every step succeeded, the new folder replaces the previous output. A failed build
 *    leaves the previous site exactly as it was and says why, whole.
 * DATA_DIR chooses the data folder (default data/); the illustrative flag comes from its dataset.json.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { build } from 'astro';
import { runValidation } from './validate.ts';
import { shareModel } from '../src/lib/data/site-model.ts';
import type { Model } from '../src/lib/data/model.ts';
import { ConfigError, normalizeConfig, useSiteConfig } from '../src/lib/site/config.ts';
import { readEnv, setChildEnv } from '../src/lib/site/env.ts';
import { latestRelease } from '../src/lib/model/changes/history.ts';
import { siteHistory } from '../src/lib/model/changes/site-history.ts';
import { nodeEffects, type BuildEffects } from '../src/lib/site/effects.ts';
import { CliError, describeError } from '../src/lib/site/errors.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const TRASH = resolve('node_modules/.cache/old-builds');

/**
 * The previous output is moved aside (instant) and deleted once this build is done, in a detached
 * process: on ext4 without a journal, as here, creating files while or just after deleting
 * ~190,000 others is slow, the kernel skipping freshly freed inodes one by one.
 */
function deleteOldBuilds(): void {
  if (!existsSync(TRASH)) return;
  spawn('nice', ['-n', '19', 'rm', '-rf', TRASH], { detached: true, stdio: 'ignore' }).unref();
}

export interface BuildOptions {
  dataDir: string;
  outDir: string;
}

/** Puts the new build in place of the old one: the old one goes to the trash, never half-replaced. */
export function swapInto(staging: string, out: string, effects: BuildEffects): void {
  if (effects.exists(out)) effects.rename(out, resolve(TRASH, `${basename(out)}-${Date.now()}`));
  effects.rename(staging, out);
}

/** The whole build; false when the data has errors (already reported). Throws CliError otherwise. */
export async function runBuild(opts: BuildOptions, effects: BuildEffects = nodeEffects): Promise<boolean> {
  const started = performance.now();
  try {
    normalizeConfig({ ...readEnv(), DATA_DIR: opts.dataDir });
  } catch (e) {
    if (e instanceof ConfigError) throw new CliError(`Cấu hình sai, chưa xây dựng gì; trang đang có giữ nguyên.\nWrong configuration, nothing was built; the current site is untouched.\n${e.message}`);
    throw e;
  }

  effects.log(`1/2 Kiểm tra dữ liệu / validating ${opts.dataDir}`);
  let model: Model | undefined;
  const ok = runValidation(opts.dataDir, { quietWarnings: process.env.SHOW_WARNINGS !== '1', onModel: (m) => (model = m) });
  if (!ok || !model) return false;
  const validated = performance.now();

  effects.log('2/2 Xây dựng trang / astro build');
  const staging = resolve(dirname(opts.outDir), `.${basename(opts.outDir)}-new-${process.pid}`);
  effects.remove(staging);
  mkdirSync(dirname(staging), { recursive: true });
  // Astro runs in this process and its pages get the model validated above (src/lib/data/site-model.ts)
  // instead of reading and checking every file a second time.
  process.env.DATA_DIR = opts.dataDir;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  shareModel(opts.dataDir, model);
  // The data version is the latest release: a later commit that only reordered rows or edited
  // wording changed no figure. The history (of the folder being built) is read once here and
  // shared with the pages.
  useSiteConfig(normalizeConfig(readEnv()));
  const release = latestRelease(siteHistory());
  if (release) {
    setChildEnv('DATA_VERSION', release);
    useSiteConfig(normalizeConfig(readEnv()));
  }
  try {
    await build({ root: process.cwd(), outDir: staging, logLevel: 'warn' });
  } catch (e) {
    effects.remove(staging);
    throw new CliError('Xây dựng trang thất bại; trang đang có giữ nguyên.\nThe site build failed; the current site is untouched.', { cause: e });
  }
  swapInto(staging, opts.outDir, effects);
  const done = performance.now();
  const s = (ms: number) => (ms / 1000).toFixed(1);
  effects.log(`Xong / done: kiểm tra ${s(validated - started)} s, xây dựng ${s(done - validated)} s, tổng ${s(done - started)} s`);
  return true;
}

/** Sets the exit code once both streams have written everything (a pipe, as in CI, included). */
function exitAfterFlush(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const next = () => --pending === 0 && process.exit(code);
  process.stdout.write('', next);
  process.stderr.write('', next);
}

if (import.meta.main) {
  const dataDir = resolve(arg('data') ?? process.env.DATA_DIR ?? 'data');
  const outDir = resolve(arg('out') ?? 'dist');
  try {
    const ok = await runBuild({ dataDir, outDir });
    deleteOldBuilds();
    exitAfterFlush(ok ? 0 : 1);
  } catch (e) {
    deleteOldBuilds();
    if (e instanceof CliError) {
      process.stderr.write(`${describeError(e).join('\n')}\n`);
      exitAfterFlush(1);
    } else {
      process.stderr.write(`Lỗi của chương trình (không phải lỗi dữ liệu) — xin báo cho nhóm phát triển.\nProgram bug (not a data mistake) — please report it.\n${describeError(e).join('\n')}\n`);
      exitAfterFlush(2);
    }
  }
}
