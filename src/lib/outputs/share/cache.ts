/**
 * Share cards kept between builds (node_modules/.cache/xhht-cards/, or IMAGE_CACHE_DIR), keyed by
 * everything drawn: the card's words, the fonts and DRAWING (raise it when draw.ts changes the
 * picture). A card carries no data version or URL, so an unchanged place keeps its card across
 * data commits; the deploy workflow keeps the folder with actions/cache. Never required: without
 * it every card is drawn. A card unused for CACHE_DAYS is removed when a build starts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkOrCopy } from '../link-or-copy.ts';
import type { ShareCard } from '../../page-models/share-card.ts';
import { CARD_QUALITY, encodeShareCard } from './draw.ts';
import { FONT_FILES } from './fonts.ts';

const DRAWING = 'card-3';
const CACHE_DAYS = 3;

let salt: string | undefined;
function cacheKey(card: ShareCard): string {
  if (!salt) {
    const h = createHash('sha256').update(`${DRAWING}|${CARD_QUALITY}`);
    for (const f of FONT_FILES) h.update(readFileSync(f));
    salt = h.digest('hex');
  }
  return createHash('sha256').update(salt).update(JSON.stringify(card)).digest('hex').slice(0, 32);
}

export interface CardFiles {
  /** Puts the card's JPEG at `target`: a hard link to the cached file, or drawn (and then cached). */
  write(card: ShareCard, target: string): Promise<void>;
  readonly drawn: number;
  readonly cached: number;
}

/** Cards drawn by this build, through the cache in `dir` when there is one. */
export function cardFiles(dir: string | undefined): CardFiles {
  if (dir) {
    mkdirSync(dir, { recursive: true });
    const old = Date.now() - CACHE_DAYS * 86_400_000;
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).mtimeMs < old) rmSync(file, { force: true });
    }
  }
  const stats = { drawn: 0, cached: 0 };
  return {
    get drawn() {
      return stats.drawn;
    },
    get cached() {
      return stats.cached;
    },
    async write(card, target) {
      mkdirSync(dirname(target), { recursive: true });
      const file = dir ? join(dir, `${cacheKey(card)}.jpg`) : undefined;
      if (file && existsSync(file)) {
        const now = new Date();
        utimesSync(file, now, now); // used: kept
        linkOrCopy(file, target);
        stats.cached++;
        return;
      }
      const bytes = await encodeShareCard(card);
      stats.drawn++;
      if (!file) return writeFileSync(target, bytes);
      // Written whole, then renamed: a build that dies half-way leaves no broken card behind.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, bytes);
      renameSync(tmp, file);
      linkOrCopy(file, target);
    },
  };
}
