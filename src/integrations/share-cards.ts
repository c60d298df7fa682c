/**
 * Astro integration: the share card (og:image, 1200 × 630) of every place, indicator, source and
 * news page, written into dist/anh/ once the pages are built (src/lib/outputs/share/), while the
 * embed worker may still be writing its files. Plain files rather than Astro routes: a card from
 * the cache of earlier deploys is then a hard link, not 40 KB read and written again. `astro dev`
 * serves no cards. NO_IMAGES=1 leaves them out.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { getModel } from '../lib/data/site-model.ts';
import { shareCards } from '../lib/page-models/share-card.ts';
import { writeShareCards } from '../lib/outputs/share/write.ts';
import { siteConfig } from '../lib/site/config.ts';

export default function shareCardFiles(): AstroIntegration {
  return {
    name: 'xhht:share-cards',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        if (!siteConfig().images) return;
        const s = await writeShareCards(fileURLToPath(dir), shareCards(getModel()), siteConfig().imageCacheDir);
        // console.error, not the logger: `npm run build` runs Astro quietly and `npm run bench` reads this line.
        console.error(`Ảnh chia sẻ / share cards: ${s.total}, ${s.drawn} vẽ mới / drawn, ${s.cached} từ bộ nhớ đệm / from the cache; ${s.seconds.toFixed(1)} s`);
      },
    },
  };
}
