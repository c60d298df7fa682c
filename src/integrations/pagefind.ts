/**
 * Astro integration: after the build, index dist/ with Pagefind (src/lib/outputs/search/build-index.ts)
 * into dist/pagefind/. An error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/outputs/search/build-index.ts';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'xhht:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const { pageCount, ms } = await buildSearchIndex(siteDir, fileURLToPath(new URL('./pagefind/', dir)));
        logger.info(`Pagefind: ${pageCount} trang / pages, ${(ms / 1000).toFixed(1)} s`);
      },
    },
  };
}
