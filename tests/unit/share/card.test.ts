/**
 * Share cards: the words come from the one progress assessment (placeStatus), never from figures a
 * place does not own; the picture is a 1200 × 630 JPEG with every line of those words drawn inside
 * it, and is not blank.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import type { Model } from '../../../src/lib/data/model.ts';
import { placeStatus } from '../../../src/lib/model/progress/place-progress.ts';
import { headlineFigure, indicatorShareCard, placeShareCard, shareCard, shareCards, sourceShareCard, SHARE_CARD_SIZE, type ShareCard } from '../../../src/lib/page-models/share-card.ts';
import { drawShareCard, encodeShareCard } from '../../../src/lib/outputs/share/draw.ts';
import { cardFiles } from '../../../src/lib/outputs/share/cache.ts';
import { jpegSize } from '../../lib/jpeg.ts';

const model = loadDataset(resolve('data')).model as Model;
const cards = shareCards(model);
const byPage = new Map(cards.map((c) => [c.page, c.card]));

/** Every text drawn on the card, with its font and position. */
function drawnTexts(card: ShareCard): { text: string; x: number; width: number }[] {
  const canvas = createCanvas(SHARE_CARD_SIZE.width, SHARE_CARD_SIZE.height);
  const ctx = canvas.getContext('2d');
  const texts: { text: string; x: number; width: number }[] = [];
  const fill = ctx.fillText.bind(ctx);
  vi.spyOn(ctx, 'fillText').mockImplementation((text: string, x: number, y: number) => {
    texts.push({ text, x, width: ctx.measureText(text).width });
    fill(text, x, y);
  });
  drawShareCard(card, canvas);
  return texts;
}

describe('the words of share cards', () => {
  it('has one card per place, indicator, source and news page', () => {
    expect(model.news.length).toBeGreaterThan(0);
    expect(cards.length).toBe(1 + model.provinces.length + model.communes.length + model.regions.length + model.indicators.length + model.sources.length + model.news.length);
    expect(new Set(cards.map((c) => c.page)).size).toBe(cards.length);
    for (const { card } of cards) {
      expect(card.title.length).toBeGreaterThan(0);
      expect(card.site).toBe('Xã hội học tập — số liệu theo địa phương');
      expect(card.illustrative).toBe(false);
    }
  });

  it('shows a figure with its year and the status the assessment gives, or "Chưa có số liệu"', () => {
    let withFigure = 0;
    for (const place of [model.nation, ...model.provinces, ...model.regions]) {
      const card = placeShareCard(model, place);
      if (!card.status) {
        expect(card.figure, place.key).toBe('Chưa có số liệu');
        continue;
      }
      withFigure++;
      const ind = model.indicators.find((i) => i.nameVi === card.figureLabel)!;
      expect(card.status.key, place.key).toBe(placeStatus(model, place, ind).status);
      expect(card.figureYear, place.key).toMatch(/^năm \d{4}$/);
      expect(card.sourceLine, place.key).toMatch(/^Nguồn: /);
    }
    expect(withFigure).toBeGreaterThan(3);
  });

  it('says "cần kiểm chứng" beside a figure to verify, as the page does', () => {
    let checked = 0;
    for (const place of [model.nation, ...model.provinces, ...model.formerProvinces]) {
      for (const ind of model.indicators) {
        const h = headlineFigure(model, place, ind);
        if (!h) continue;
        expect(h.unverified, `${place.key} ${ind.id}`).toBe(h.observation.reliability !== undefined && h.observation.reliability !== null);
        if (h.unverified) checked++;
      }
    }
    const cards = model.provinces.map((p) => placeShareCard(model, p)).filter((c) => c.note?.includes('cần kiểm chứng'));
    expect(checked + cards.length).toBeGreaterThan(0);
  });

  it('never shows a commune the figures of the units it was formed from', () => {
    const communes = model.communes.filter((c) => !model.observationsByPlace.has(c.key) && (model.predecessors.get(c.key) ?? []).some((l) => model.observationsByPlace.has(l.key)));
    expect(communes.length).toBeGreaterThan(0);
    for (const c of communes) expect(placeShareCard(model, c)).toMatchObject({ figure: 'Chưa có số liệu' });
  });

  it('takes a figure from headlineFigure only, which reads placeStatus', () => {
    const hanoi = model.places.get('province:01')!;
    const card = byPage.get('/tinh/01/')!;
    const ind = model.indicators.find((i) => i.nameVi === card.figureLabel)!;
    const h = headlineFigure(model, hanoi, ind)!;
    expect(card.figure).toBe(h.valueText);
    expect(card.status?.text).toBe(h.statusText);
  });

  it('gives indicators the nation\'s figure and sources one of their own figures or targets', () => {
    for (const ind of model.indicators) expect(indicatorShareCard(model, ind).figureLabel).toBe('Cả nước');
    const plan = sourceShareCard(model, model.sourceById.get('qd-1373-2021')!);
    expect(plan.figureYear).toMatch(/^mục tiêu năm \d{4}$/);
  });

  it('builds a card from a title, a figure line and a source line (for news pages)', () => {
    const card = shareCard(model, { title: 'Tin', figureLine: 'Hà Nội: hơn 67% gia đình học tập', sourceLine: 'Nguồn: Báo' });
    expect(card).toMatchObject({ title: 'Tin', figure: 'Hà Nội: hơn 67% gia đình học tập', sourceLine: 'Nguồn: Báo' });
    const post = model.news[0]!;
    expect(byPage.get(`/tin-tuc/${post.slug}/`)).toMatchObject({ title: post.title, figure: post.summary });
  });
});

describe('the picture', () => {
  const samples = ['/', '/tinh/01/', '/xa/00004/', '/chi-tieu/learning_families_pct/', '/van-ban/qd-1373-2021/', '/cum-thi-dua/cum-tay-bac/'].map((p) => [p, byPage.get(p)!] as const);
  const longest = [...cards].sort((a, b) => b.card.title.length - a.card.title.length)[0]!;

  it.each([...samples, [longest.page, longest.card] as const])('%s: every word drawn, inside the card', (_page, card) => {
    const texts = drawnTexts(card);
    const all = texts.map((t) => t.text).join(' ');
    for (const part of [card.figure, card.figureYear, card.status?.text, card.sourceLine, card.site, card.subtitle]) if (part) expect(all).toContain(part);
    // The title may wrap, but every word of it is there (the longest of all may end with "…").
    const titleWords = card.title.split(/\s+/);
    expect(titleWords.filter((w) => !all.includes(w)).length).toBeLessThanOrEqual(card === longest.card ? titleWords.length / 2 : 0);
    for (const t of texts) expect(t.x + t.width, t.text).toBeLessThanOrEqual(SHARE_CARD_SIZE.width - 60);
  });

  it.each(samples)('%s: a JPEG of 1200 × 630 that is not blank', async (_page, card) => {
    const bytes = await encodeShareCard(card);
    expect(jpegSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(bytes.length).toBeGreaterThan(15_000);
    const img = await loadImage(bytes);
    const canvas = createCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 1]! < 100) dark++;
    // Text covers a few percent of the card: the title and the figure alone are thousands of pixels.
    expect(dark / (img.width * img.height)).toBeGreaterThan(0.02);
  });
});

describe('the card cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xhht-cards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const some = samples();
  function samples() {
    return ['/', '/tinh/01/', '/xa/00004/'].map((p) => byPage.get(p)!);
  }

  it('draws each card once, then links the cached file; a changed card is drawn again', async () => {
    const out = mkdtempSync(join(tmpdir(), 'xhht-cards-out-'));
    try {
      const first = cardFiles(dir);
      await Promise.all(some.map((c, i) => first.write(c, join(out, 'a', `${i}.jpg`))));
      expect([first.drawn, first.cached]).toEqual([3, 0]);
      expect(readdirSync(dir)).toHaveLength(3);
      const second = cardFiles(dir);
      await Promise.all(some.map((c, i) => second.write(c, join(out, 'b', `${i}.jpg`))));
      expect([second.drawn, second.cached]).toEqual([0, 3]);
      for (let i = 0; i < some.length; i++) {
        const [a, b] = [statSync(join(out, 'a', `${i}.jpg`)), statSync(join(out, 'b', `${i}.jpg`))];
        expect(b.ino).toBe(a.ino); // the same file, linked: no bytes written again
        expect(b.size).toBeGreaterThan(10_000);
      }
      await second.write({ ...some[0]!, title: 'Việt Nam (sửa)' }, join(out, 'c.jpg'));
      expect(second.drawn).toBe(1);
      const none = cardFiles(undefined);
      await none.write(some[1]!, join(out, 'd.jpg'));
      expect(readFileSync(join(out, 'd.jpg'))).toEqual(readFileSync(join(out, 'a', '1.jpg')));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
