/**
 * Writes the share card of every page into the built site (`<outDir>/anh/…`, site/urls.ts
 * `shareImagePath`). Four cards at a time: the JPEG encoding runs in Node's thread pool (the
 * library's async `encode`), so the next card is drawn while others are encoded and both cores work
 * without threads of our own. A card found in the cache is a hard link, no bytes written.
 */
import { join } from 'node:path';
import type { PageCard } from '../../page-models/share-card.ts';
import { shareImagePath } from '../../site/urls.ts';
import { cardFiles } from './cache.ts';

const AT_ONCE = 4;

export interface CardStats {
  total: number;
  drawn: number;
  cached: number;
  seconds: number;
}

export async function writeShareCards(outDir: string, cards: PageCard[], cacheDir: string | undefined): Promise<CardStats> {
  const started = performance.now();
  const files = cardFiles(cacheDir);
  let next = 0;
  const lane = async () => {
    while (next < cards.length) {
      const { page, card } = cards[next++]!;
      await files.write(card, join(outDir, shareImagePath(page)));
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, lane));
  return { total: cards.length, drawn: files.drawn, cached: files.cached, seconds: (performance.now() - started) / 1000 };
}
