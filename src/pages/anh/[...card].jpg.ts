/**
 * The share card of every place, indicator and source page (/anh/<page>.jpg, site/urls.ts
 * `shareImagePath`): its og:image, 1200 × 630. Words from src/lib/page-models/share-card.ts,
 * drawn by src/lib/outputs/share/. Astro renders four at a time (build.concurrency), so while
 * one card is encoded in Node's thread pool the next is drawn. NO_IMAGES=1 leaves them out.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../../lib/data/site-model.ts';
import { shareCards, type ShareCard } from '../../lib/page-models/share-card.ts';
import { cardImages, type CardImages } from '../../lib/outputs/share/cache.ts';
import { siteConfig } from '../../lib/site/config.ts';
import { shareCardName } from '../../lib/site/urls.ts';

let images: CardImages | undefined;
let total = 0;
let started = 0;

export function getStaticPaths() {
  if (!siteConfig().images) return [];
  images = cardImages(siteConfig().imageCacheDir);
  const cards = shareCards(getModel());
  total = cards.length;
  return cards.map(({ page, card }) => ({ params: { card: shareCardName(page) }, props: { card } }));
}

export const GET: APIRoute = async ({ props }) => {
  images ??= cardImages(siteConfig().imageCacheDir);
  started ||= performance.now();
  const bytes = await images.image((props as { card: ShareCard }).card);
  if (images.drawn + images.cached === total) {
    // console.error, not the logger: `npm run build` runs Astro quietly and `npm run bench` reads this line.
    const s = ((performance.now() - started) / 1000).toFixed(1);
    console.error(`Ảnh chia sẻ / share cards: ${total}, ${images.drawn} vẽ mới / drawn, ${images.cached} từ bộ nhớ đệm / from the cache; ${s} s`);
  }
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/jpeg' } });
};
