/**
 * The compare page and what it is built from, in the built site: the page itself (which says what
 * to do without JavaScript), the links from every place page with the parents first, the API files
 * of former units with figures, and the print stylesheet's promises in the markup.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve(process.env.SITE_DIST ?? 'dist');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, any>;
const decode = (s: string) => s.replaceAll('&amp;', '&');
const compareLinks = (html: string) => [...(/<p class="compare-links".*?<\/p>/s.exec(html)?.[0] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => decode(m[1]!));

describe('compare page', () => {
  it('is one static page that names its data and says what to do without JavaScript', () => {
    const html = read('so-sanh/index.html');
    expect(html).toContain('data-index="/api/v1/index.json"');
    expect(html).toContain('data-place="/api/v1/dia-phuong/{level}/{code}.json"');
    expect(html).toMatch(/<noscript>.*cần bật JavaScript.*<\/noscript>/s);
    // One badge template per status, from the same component as every other page.
    expect(html.match(/<template data-badge=/g)).toHaveLength(7);
  });

  it('is linked from every place page, the parent province and the nation first', () => {
    const vl = compareLinks(read('tinh/86/index.html'));
    expect(vl[0]).toBe('/so-sanh/?ma=tinh-86,ca-nuoc');
    expect(vl[vl.length - 1]).toBe('/so-sanh/?ma=tinh-86');
    // Vĩnh Long's former provinces have figures of their own: offered together.
    expect(vl[1]).toMatch(/^\/so-sanh\/\?ma=tinh-86(,tinh-cu-\d+){2,3}$/);
    expect(compareLinks(read('tinh/01/index.html'))[0]).toBe('/so-sanh/?ma=tinh-01,ca-nuoc');
    expect(compareLinks(read('xa/00004/index.html')).slice(0, 2)).toEqual(['/so-sanh/?ma=xa-00004,tinh-01', '/so-sanh/?ma=xa-00004,ca-nuoc']);
    expect(compareLinks(read('index.html'))).toEqual(['/so-sanh/?ma=ca-nuoc']);
    for (const dir of ['tinh', 'xa', 'cum-thi-dua']) {
      const codes = readdirSync(join(DIST, dir)).filter((c) => existsSync(join(DIST, dir, c, 'index.html')));
      for (const code of codes.slice(0, 300)) {
        const html = read(`${dir}/${code}/index.html`);
        if (html.includes('http-equiv="refresh"')) continue; // an old address forwarding to its successor
        expect(compareLinks(html).length, `${dir}/${code}`).toBeGreaterThan(1);
      }
    }
  });
});

describe('API files the compare page reads', () => {
  it('has a file for every former unit a place file points to, and it names its successors', () => {
    const vl = json('api/v1/dia-phuong/province/86.json');
    const formers = (vl.former_units as Record<string, any>[]).filter((f) => f.api_url);
    expect(formers.length).toBeGreaterThan(0);
    for (const f of formers) {
      const path = new URL(f.api_url).pathname.replace(/^\//, '');
      const file = json(path);
      expect(file.place).toMatchObject({ level: f.level, code: f.code });
      expect(file.place.label).toContain('(cũ)');
      expect(file.successors.map((s: any) => `${s.level}:${s.code}`)).toContain('province:86');
      expect(new URL(file.place.page_url).hash).toBe(`#cu-tinh-${f.code}`);
    }
  });

  it('gives the statuses of former units’ series beside their figures', () => {
    const vl = json('api/v1/dia-phuong/province/86.json');
    const results = (vl.figures as any[]).filter((f) => f.kind === 'result');
    expect(results.length).toBeGreaterThan(0);
    for (const f of results) {
      const a = (vl.former_unit_assessments as any[]).find((x) => x.place_level === f.place_level && x.place_code === f.place_code && x.indicator === f.indicator);
      expect(a, f.id).toBeTruthy();
      expect(a.relation).toBe(f.relation);
    }
    const index = json('api/v1/index.json');
    expect(index.levels).toContain('former_province');
    expect(index.former_places.length).toBeGreaterThan(0);
    for (const p of index.former_places) expect(existsSync(join(DIST, new URL(p.api_url).pathname))).toBe(true);
  });
});

describe('print', () => {
  it('prints the page address in the footer and offers a print button (hidden without scripts by CSS)', () => {
    const html = read('tinh/01/index.html');
    expect(html).toMatch(/<p class="print-only"[^>]*>Trang: http[^<]+\/tinh\/01\/<\/p>/);
    expect(html).toMatch(/<p class="print-button" data-print-box><button type="button" data-print>In \/ lưu PDF<\/button><\/p>/);
  });
});
