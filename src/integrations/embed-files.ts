/**
 * Astro integration: the embed pages, oEmbed, SVG and CSV downloads of every chart
 * (src/lib/outputs/embed/, README.md there), written as plain files rather than ~8,000 more Astro pages.
 *
 * At `astro:build:start` a collector is installed (src/lib/outputs/embed/registry.ts); each chart a
 * page prints is handed to it and its files are written at once, in this process, into a staging
 * folder because Astro empties dist/ after that hook. `astro:build:done` writes the manifest and
 * moves the folder into dist/. (A worker thread did this beside the page rendering until the chart
 * PNGs went to the browser: `npm run bench` showed no difference beyond the machine's noise.)
 *
 * NO_EMBEDS=1 skips all of it (the benchmark's "pages only" figure on the stress data, where
 * 31,000 charts make embeds the larger part of the build).
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBED_ROOT } from '../lib/site/urls.ts';
import { siteConfig } from '../lib/site/config.ts';
import { installCollector } from '../lib/outputs/embed/registry.ts';
import { EmbedGenerator } from '../lib/outputs/embed/generate.ts';
import { getModel } from '../lib/data/site-model.ts';
import { chartCatalogue } from '../lib/outputs/embed/catalogue.ts';

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
  let gen: EmbedGenerator | undefined;
  let failed: unknown;
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
        const g = new EmbedGenerator(staging, { version: siteConfig().dataVersion, date: siteConfig().buildDate });
        gen = g;
        failed = undefined;
        // An error is kept for build:done: thrown here, it would surface as a failure of the page.
        installCollector(({ chart, illustrative, facts }) => {
          if (failed) return;
          try {
            g.add(chart, illustrative, facts);
          } catch (e) {
            failed = e;
          }
        });
      },
      'astro:build:done': ({ dir }) => {
        if (!siteConfig().embeds) return;
        if (!gen) throw new Error('embed files: astro:build:start did not run');
        installCollector(undefined);
        try {
          if (failed) throw failed;
          // No page handed a chart over (pages rendered elsewhere): the charts from the model.
          const fromModel = gen.count === 0;
          if (fromModel) {
            const model = getModel();
            for (const chart of chartCatalogue(model)) gen.add(chart, model.dataset.illustrative);
          }
          const s = gen.finish();
          if (!existsSync(join(staging, EMBED_ROOT))) throw new Error('embed files: nothing was written');
          moveDir(join(staging, EMBED_ROOT), join(fileURLToPath(dir), EMBED_ROOT));
          const sec = (ms: number) => (ms / 1000).toFixed(1);
          // console.error, not the logger: `npm run build` runs astro --silent and this is worth seeing.
          console.error(
            `Nhúng / embeds: ${s.charts} biểu đồ${fromModel ? ' (tính lại từ mô hình)' : ''}, ${s.files} tệp; ` +
              `trang và tệp ${sec(s.textMs)} s, trong ${sec(performance.now() - started)} s xây dựng`,
          );
        } catch (e) {
          throw new Error(`Không tạo được trang nhúng / embed files failed:\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        } finally {
          rmSync(staging, { recursive: true, force: true });
        }
      },
    },
  };
}
