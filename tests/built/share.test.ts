/**
 * Share cards and links on the built site: every place, indicator, source and news page has an og:image
 * of 1200 × 630 that exists (its own card, /anh/<page>.jpg), states its size and type, and offers
 * share links to Zalo and Facebook that load nothing from them; no page loads a third-party script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listHtml } from '../../scripts/lib/page-weight.ts';
import { jpegSize } from '../lib/jpeg.ts';

const DIST = resolve(process.env.SITE_DIST ?? 'dist');
const BASE = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const pages = listHtml(DIST).filter((p) => !p.startsWith('nhung/'));
const withCard = pages.filter((p) => p === 'index.html' || /^(tinh|xa|cum-thi-dua|chi-tieu|van-ban|tin-tuc)\/[^/]+\/index\.html$/.test(p));
const meta = (html: string, property: string) => new RegExp(`<meta property="${property}" content="([^"]+)"`).exec(html)?.[1]?.replace(/&amp;/g, '&');

describe('share cards', () => {
  it('are the og:image of every place, indicator, source and news page: their own card, which exists', () => {
    expect(withCard.length).toBeGreaterThan(3000);
    const wrong: string[] = [];
    for (const p of withCard) {
      const html = readFileSync(join(DIST, p), 'utf8');
      const image = meta(html, 'og:image');
      // An old province address forwards to its successor's page, and previews as that page.
      const forwardsTo = /<meta http-equiv="refresh" content="0; url=[^"]*\/tinh\/(\d+)\//.exec(html)?.[1];
      const page = p === 'index.html' ? 'trang-chu' : forwardsTo ? `tinh/${forwardsTo}` : p.replace(/\/index\.html$/, '');
      const path = image ? new URL(image).pathname.slice(BASE.length - 1) : '';
      if (path !== `/anh/${page}.jpg` || !existsSync(join(DIST, path))) wrong.push(`${p}: ${image}`);
      if (meta(html, 'og:image:width') !== '1200' || meta(html, 'og:image:height') !== '630' || meta(html, 'og:image:type') !== 'image/jpeg') wrong.push(`${p}: size or type`);
      if (!meta(html, 'og:image:alt')) wrong.push(`${p}: no alt`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('are JPEGs of 1200 × 630', () => {
    for (const p of withCard.filter((_, i) => i % 97 === 0)) {
      const html = readFileSync(join(DIST, p), 'utf8');
      const bytes = readFileSync(join(DIST, new URL(meta(html, 'og:image')!).pathname.slice(BASE.length - 1)));
      expect(jpegSize(bytes), p).toEqual({ width: 1200, height: 630 });
      expect(bytes.length, p).toBeGreaterThan(15_000);
    }
  });

  it('give every other page an image too (the nation\'s card)', () => {
    for (const p of ['tinh/index.html', 'chi-tieu/index.html', 'phuong-phap/index.html', 'tim-kiem/index.html']) {
      expect(meta(readFileSync(join(DIST, p), 'utf8'), 'og:image'), p).toMatch(/\/anh\/.+\.jpg$/);
    }
  });
});

describe('share links', () => {
  it('offer Zalo, Facebook and the page address on place, indicator and source pages, without their scripts', () => {
    for (const p of ['index.html', 'tinh/01/index.html', 'xa/00004/index.html', 'chi-tieu/learning_families_pct/index.html', 'van-ban/qd-1373-2021/index.html']) {
      const html = readFileSync(join(DIST, p), 'utf8');
      const box = /<p class="share-links"[\s\S]*?<\/p>/.exec(html)?.[0] ?? '';
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
      expect(box, p).toContain(`href="https://sp.zalo.me/share_inline?url=${encodeURIComponent(canonical)}"`);
      expect(box, p).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical)}"`);
      expect(box, p).toContain(`href="${canonical}"`);
    }
  });

  it('no page loads a script from another site', () => {
    // Embed codes in text areas name the site's own resize script: text, not a script of the page.
    const offenders = pages.filter((p) => /<script[^>]+src="(https?:)?\/\//.test(readFileSync(join(DIST, p), 'utf8').replace(/<textarea[\s\S]*?<\/textarea>/g, '')));
    expect(offenders.slice(0, 5)).toEqual([]);
  });
});
