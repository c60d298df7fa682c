/**
 * Astro integration: the embed pages, oEmbed, SVG and CSV downloads of every chart
 * (src/lib/outputs/embed/, README.md there), written as plain files rather than ~8,000 more Astro pages.
 *
 * A worker thread starts at `astro:build:start`; each chart a page prints is handed to it
 * (src/lib/outputs/embed/registry.ts) and its files are written while Astro renders the next pages (one
 * core each on the 2-core runners), into a staging folder because Astro empties dist/ after that
 * hook. `astro:build:done` waits for the worker and moves the folder into dist/.
 *
 * NO_EMBEDS=1 skips all of it (the benchmark's "pages only" figure on the stress data, where
 * 31,000 charts make embeds the larger part of the build).
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { EMBED_ROOT } from '../lib/site/urls.ts';
import { siteConfig } from '../lib/site/config.ts';
import { installCollector } from '../lib/outputs/embed/registry.ts';
import type { WorkerInput, WorkerMessage, WorkerResult } from '../lib/outputs/embed/worker.ts';

interface Job {
  send(m: WorkerMessage): void;
  result: Promise<WorkerResult>;
}

function start(input: WorkerInput): Job {
  const worker = new Worker(new URL('../lib/outputs/embed/worker.ts', import.meta.url), { workerData: input });
  const result = new Promise<WorkerResult>((resolve) => {
    let settled = false;
    const done = (r: WorkerResult) => {
      if (!settled) resolve(r);
      settled = true;
    };
    worker.once('message', (r: WorkerResult) => done(r));
    worker.once('error', (e) => done({ ok: false, error: e.stack ?? String(e) }));
    worker.once('exit', (code) => done({ ok: false, error: `embed worker exited with code ${code} before finishing` }));
  });
  return { send: (m) => worker.postMessage(m), result };
}

/** rename is instant; a staging folder on another file system needs a copy. */
function moveDir(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** Staging folders of builds that died before moving them (another build may be running: keep live ones). */
function removeAbandonedStaging(cache: string): void {
  if (!existsSync(cache)) return;
  for (const name of readdirSync(cache)) {
    const pid = /^staging-(\d+)$/.exec(name)?.[1];
    if (!pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch {
      rmSync(join(cache, name), { recursive: true, force: true });
    }
  }
}

export default function embedFiles(): AstroIntegration {
  let root = '';
  let staging = '';
  let job: Job | undefined;
  let started = 0;
  return {
    name: 'xhht:embed-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        if (!siteConfig().embeds) return;
        const cache = join(root, 'node_modules/.cache/xhht-embed');
        staging = join(cache, `staging-${process.pid}`);
        removeAbandonedStaging(cache);
        rmSync(staging, { recursive: true, force: true });
        mkdirSync(staging, { recursive: true });
        started = performance.now();
        const worker = start({ outDir: staging });
        job = worker;
        // The same chart is printed on several pages: send each id once.
        const sent = new Set<string>();
        installCollector(({ chart, illustrative, facts }) => {
          if (sent.has(chart.id)) return;
          sent.add(chart.id);
          worker.send({ type: 'chart', chart, illustrative, facts });
        });
      },
      'astro:build:done': async ({ dir }) => {
        if (!siteConfig().embeds) return;
        if (!job) throw new Error('embed files: astro:build:start did not run');
        installCollector(undefined);
        const waitFrom = performance.now();
        job.send({ type: 'end' });
        const result = await job.result;
        if (!result.ok) {
          rmSync(staging, { recursive: true, force: true });
          throw new Error(`Không tạo được trang nhúng / embed files failed:\n${result.error}`);
        }
        const target = join(fileURLToPath(dir), EMBED_ROOT);
        if (!existsSync(join(staging, EMBED_ROOT))) throw new Error('embed files: the worker wrote nothing');
        moveDir(join(staging, EMBED_ROOT), target);
        rmSync(staging, { recursive: true, force: true });
        const s = result.stats;
        const sec = (ms: number) => (ms / 1000).toFixed(1);
        // console.error, not the logger: `npm run build` runs astro --silent and this is worth seeing.
        console.error(
          `Nhúng / embeds: ${s.charts} biểu đồ${result.fromModel ? ' (tính lại từ mô hình)' : ''}, ${s.files} tệp; ` +
            `trang và tệp ${sec(s.textMs)} s; xong sau ${sec(performance.now() - started)} s, chờ thêm ${sec(performance.now() - waitFrom)} s`,
        );
      },
    },
  };
}
