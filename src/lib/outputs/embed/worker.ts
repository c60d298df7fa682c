/**
 * Worker thread of src/integrations/embed-files.ts: receives each chart as a page prints it and
 * writes its embed files into a staging folder, beside Astro's rendering on the main thread.
 * When the pages handed over no chart at all (they were rendered elsewhere), it computes them
 * from the model instead. Runs as plain Node (type stripping), like the scripts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ChartOutput } from '../../present/charts/types.ts';
import type { EmbedFacts } from './facts.ts';
import { siteConfig } from '../../site/config.ts';
import { EmbedGenerator, type GenerateStats } from './generate.ts';

export interface WorkerInput {
  outDir: string;
}

export type WorkerMessage = { type: 'chart'; chart: ChartOutput; illustrative: boolean; facts: EmbedFacts } | { type: 'end' };
export type WorkerResult = { ok: true; stats: GenerateStats; fromModel: boolean } | { ok: false; error: string };

const input = workerData as WorkerInput;
const ctx = { version: siteConfig().dataVersion, date: siteConfig().dataVersionDay };
const gen = new EmbedGenerator(input.outDir, ctx);
const fail = (e: unknown) => parentPort!.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerResult);

let failed: unknown;
parentPort!.on('message', (m: WorkerMessage) => {
  if (m.type === 'chart') {
    try {
      if (!failed) gen.add(m.chart, m.illustrative, m.facts);
    } catch (e) {
      failed = e;
    }
    return;
  }
  Promise.resolve()
    .then(async () => {
      if (failed) throw failed;
      const fromModel = gen.count === 0;
      if (fromModel) {
        const [{ getModel }, { chartCatalogue }] = await Promise.all([import('../../data/site-model.ts'), import('./catalogue.ts')]);
        const model = getModel();
        for (const chart of chartCatalogue(model)) gen.add(chart, model.dataset.illustrative);
      }
      return { stats: gen.finish(), fromModel };
    })
    .then(({ stats, fromModel }) => parentPort!.postMessage({ ok: true, stats, fromModel } satisfies WorkerResult), fail)
    .finally(() => parentPort!.close());
});
