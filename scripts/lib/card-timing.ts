/**
 * What a share card costs, measured in this process on the real data's cards (CPU time, which
 * the machine's other work disturbs less than wall time): laying out and drawing, then encoding
 * as JPEG (what the build writes) and as PNG (what it would cost instead). The build's own
 * figure is its "Ảnh chia sẻ" line.
 */
import { createCanvas } from '@napi-rs/canvas';
import { loadDataset } from '../../src/lib/data/load-dataset.ts';
import { shareCards } from '../../src/lib/page-models/share-card.ts';
import { CARD_QUALITY, drawShareCard } from '../../src/lib/outputs/share/draw.ts';

export interface CardTiming {
  cards: number;
  drawMs: number;
  jpegMs: number;
  pngMs: number;
  jpegKB: number;
  pngKB: number;
}

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export function cardTiming(dataDir: string, count = 150): CardTiming {
  const model = loadDataset(dataDir).model!;
  const all = shareCards(model);
  // Every kind of page, spread over the list.
  const cards = all.filter((_, i) => i % Math.max(1, Math.floor(all.length / count)) === 0).map((c) => c.card);
  const canvas = createCanvas(1200, 630);
  for (const c of cards.slice(0, 10)) drawShareCard(c, canvas).encodeSync('jpeg', CARD_QUALITY); // warm up
  let jpegBytes = 0;
  let pngBytes = 0;
  // Skia records the drawing and rasterises it when the pixels are needed: drawing is timed with a read of one pixel.
  const drawMs = cpuMs(() => cards.forEach((c) => drawShareCard(c, canvas).getContext('2d').getImageData(0, 0, 1, 1)));
  const jpegMs = cpuMs(() => cards.forEach((c) => (jpegBytes += drawShareCard(c, canvas).encodeSync('jpeg', CARD_QUALITY).length)));
  const pngMs = cpuMs(() => cards.forEach((c) => (pngBytes += drawShareCard(c, canvas).encodeSync('png').length)));
  const n = cards.length;
  return { cards: n, drawMs: drawMs / n, jpegMs: (jpegMs - drawMs) / n, pngMs: (pngMs - drawMs) / n, jpegKB: jpegBytes / n / 1024, pngKB: pngBytes / n / 1024 };
}
