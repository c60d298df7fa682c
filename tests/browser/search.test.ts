/**
 * Search against the built site: queries on the real Pagefind index from Node (the same bundle,
 * WebAssembly and re-ranker as the search page), then a person in Chromium typing a former name
 * and opening the result. Expected pages come from the data, not from hard-coded codes.
 */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadDataset } from '../../src/lib/data/load-dataset.ts';
import type { Model, Place } from '../../src/lib/data/model.ts';
import { runSearch, type Hit } from '../../src/lib/outputs/search/engine.ts';
import { loadPagefind, type NodePagefind } from '../../src/lib/outputs/search/node-pagefind.ts';
import { TIER } from '../../src/lib/outputs/search/rerank.ts';
import { looseKey } from '../../src/lib/text/fold.ts';
import { formerAnchor } from '../../src/lib/site/urls.ts';
import { axe, launch, open } from './harness.ts';

const dist = resolve(process.env.SITE_DIST ?? 'dist');
const model: Model = loadDataset(resolve(process.env.DATA_DIR ?? 'data')).model!;
const province = (p: Place) => model.places.get(p.provinceKey!)!;
const url = (p: Place) => (p.level === 'province' ? `/tinh/${p.code}/` : `/xa/${p.code}/`);
const page = (hit: Hit | undefined) => hit?.url.replace(/#.*$/, '');

/** A former commune named `name` whose successor is unambiguous, with its district. */
function formerCommune(name: string) {
  const f = model.formerCommunes.find((c) => c.name === name && model.successors.get(c.key)?.length === 1)!;
  return { former: f, district: model.places.get(f.parentKey!)!, now: model.places.get(model.successors.get(f.key)![0]!.key)! };
}

let pf: NodePagefind;
const search = async (q: string, filters = {}): Promise<Hit[]> => (await runSearch(pf.pagefind, q, filters)).hits;

beforeAll(async () => {
  pf = await loadPagefind(resolve(dist, 'pagefind'));
});
afterAll(async () => {
  await pf?.destroy();
});

describe('the search index, queried from Node', () => {
  it('finds "đ" names typed with "d" and with "đ"', async () => {
    const dongNai = model.provinces.find((p) => p.name === 'Đồng Nai')!;
    expect((await search('dong nai'))[0]?.url).toBe(url(dongNai));
    expect((await search('Đồng Nai'))[0]?.url).toBe(url(dongNai));
    const baDinh = model.communes.find((c) => c.name === 'Ba Đình' && province(c).name === 'Hà Nội')!;
    expect((await search('ba dinh ha noi'))[0]?.url).toBe(url(baDinh));
  });

  it('reads NFD input as NFC', async () => {
    const c = model.communes.find((x) => x.name === 'Tân Phú' && province(x).name === 'Đồng Nai')!;
    const hits = await search('Tân Phú Đồng Nai'.normalize('NFD'));
    expect(hits[0]?.url).toBe(url(c));
    expect(hits[0]?.match).toMatchObject({ tier: TIER.current, exact: true });
  });

  it('puts the right one of the many "Tân Phú" first when the province is given', async () => {
    const all = model.communes.filter((c) => c.name === 'Tân Phú');
    expect(all.length).toBeGreaterThan(3);
    for (const c of all) expect((await search(`tan phu ${looseKey(province(c).name)}`))[0]?.url).toBe(url(c));
    // Without a province, every "Tân Phú" comes before any other name.
    const first = (await search('Tân Phú')).slice(0, all.length);
    expect(first.map((h) => h.url).sort()).toEqual(all.map(url).sort());
  });

  it('finds a former commune by name and former district, and says what it is now part of', async () => {
    const { former, district, now } = formerCommune('Quảng Vinh');
    const hit = (await search(`${looseKey(former.name)} ${looseKey(district.name)}`))[0]!;
    expect(hit.url).toBe(`${url(now)}#${formerAnchor('former_commune', former.code)}`);
    expect(hit.match.tier).toBe(TIER.former);
    expect(hit.match.former?.slice(0, 4)).toEqual([former.type, former.name, district.type, district.name]);
  });

  it('finds a former district even when its type word is typed (not indexed for former units)', async () => {
    const names = new Set([...model.communes, ...model.provinces].map((p) => looseKey(p.name)));
    const district = model.formerDistricts.find((d) => d.type === 'Huyện' && !names.has(looseKey(d.name)) && model.formerCommunes.some((c) => c.parentKey === d.key))!;
    const successors = new Set(model.formerCommunes.filter((c) => c.parentKey === district.key).flatMap((c) => model.successors.get(c.key) ?? []).map((s) => url(model.places.get(s.key)!)));
    const hits = await search(`huyện ${district.name}`);
    expect(hits[0]?.match.tier).toBe(TIER.formerDistrict);
    expect(successors.has(page(hits[0])!)).toBe(true);
    expect(hits[0]!.url).toMatch(new RegExp(`#${formerAnchor('former_district', district.code)}$`));
  });

  /** A former commune typed as its address: "xã thanh hải huyện thanh hà". */
  const formerIn = (name: string, districtName: string) => {
    const f = model.formerCommunes.find((c) => c.name === name && model.places.get(c.parentKey!)?.name === districtName)!;
    return { f, district: model.places.get(f.parentKey!)!, now: (model.successors.get(f.key) ?? []).map((s) => url(model.places.get(s.key)!)) };
  };

  it('finds former communes typed as addresses, type words and all (the issue\'s examples)', async () => {
    const thanhHai = formerIn('Thanh Hải', 'Thanh Hà');
    for (const q of ['xã thanh hải huyện thanh hà', 'Xã Thanh Hải, Huyện Thanh Hà, Tỉnh Hải Dương', 'xa thanh hai, huyen thanh ha']) {
      const hits = await search(q);
      expect(thanhHai.now, q).toContain(page(hits[0]));
      expect(hits[0]?.match.tier, q).toBe(TIER.former);
    }
    const quangTien = formerIn('Quảng Tiên', 'Ba Đồn');
    expect(quangTien.now).toContain(page((await search('Xã Quảng Tiên Thị xã Ba Đồn'))[0]));
    expect(quangTien.now).toContain(page((await search('X. Quảng Tiên, TX. Ba Đồn'))[0]));
  });

  it('finds current communes typed as addresses, and puts the type typed first', async () => {
    const dongNai = model.provinces.find((p) => p.name === 'Đồng Nai')!;
    for (const c of model.communes.filter((x) => x.name === 'Tân Phú' && x.provinceKey === dongNai.key)) {
      for (const q of [`${c.type} tân phú, tỉnh đồng nai`, `${looseKey(c.type)} tan phu, tinh dong nai`, `${c.fullName} ${dongNai.fullName}`]) {
        expect(page((await search(q))[0]), q).toBe(url(c));
      }
    }
    // "quận 1": the wards that took Quận 1's wards, not a former "Phường 1" of another district.
    const q1 = model.formerDistricts.find((d) => d.type === 'Quận' && d.name === '1');
    if (q1) {
      const wards = new Set(model.formerCommunes.filter((c) => c.parentKey === q1.key).flatMap((c) => model.successors.get(c.key) ?? []).map((s) => url(model.places.get(s.key)!)));
      for (const q of ['quận 1, tp hcm', 'Q.1, TP.HCM', 'q1']) {
        const hits = await search(q);
        expect(hits[0]?.match, q).toMatchObject({ tier: TIER.formerDistrict });
        expect(hits[0]?.match.typeConflict, q).toBeUndefined();
        expect(wards.has(page(hits[0])!), q).toBe(true);
      }
    }
  });

  it('finds a document by its number, with or without "đ"', async () => {
    const doc = model.sources.find((s) => s.number === '1373/QĐ-TTg');
    if (!doc) return;
    expect((await search('1373/QĐ-TTg'))[0]?.url).toBe(`/van-ban/${doc.id}/`);
    expect((await search('1373/QD-TTg'))[0]?.url).toBe(`/van-ban/${doc.id}/`);
  });

  it('finds a news post by its title, as a news post, and only when asked for news with the kind filter', async () => {
    const post = model.news[0];
    if (!post) return;
    const hits = await search(post.title);
    const hit = hits.find((h) => h.url === `/tin-tuc/${post.slug}/`);
    expect(hit?.kind).toBe('tin-tuc');
    expect((await search(post.title, { loai: 'tin-tuc' })).every((h) => h.kind === 'tin-tuc')).toBe(true);
  });

  it('filters by kind and province', async () => {
    const dongNai = model.provinces.find((p) => p.name === 'Đồng Nai')!;
    const inProvince = await search('tan phu', { tinh: dongNai.code });
    expect(inProvince.length).toBeGreaterThan(0);
    expect(inProvince.every((h) => h.province === dongNai.code)).toBe(true);
    const provinces = await search('thanh', { loai: 'tinh' });
    expect(provinces.every((h) => h.kind === 'tinh')).toBe(true);
  });

  it('downloads at most 150 KB (gzip) for a first address query on the search page, scripts included', async () => {
    const fresh = await loadPagefind(resolve(dist, 'pagefind'));
    await runSearch(fresh.pagefind, 'xã tân phú, tỉnh đồng nai');
    const html = readFileSync(resolve(dist, 'tim-kiem/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="[^"]*?(_astro\/[^"]+)"/g)].map((m) => resolve(dist, m[1]!));
    const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
    const bytes = fresh.downloads.reduce((n, d) => n + d.bytes, 0) + gz(resolve(dist, 'pagefind/pagefind.js')) + scripts.reduce((n, f) => n + gz(f), 0);
    await fresh.destroy();
    expect(scripts.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(150 * 1024);
  });
});

describe('the search page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('types a former name, shows "Nay thuộc …", and opens the current unit at the line naming it', async () => {
    const { former, district, now } = formerCommune('Quảng Vinh');
    const page = await open(browser, '/tim-kiem/', { width: 390 });
    await page.locator('#search-q').fill(`${looseKey(former.name)} ${looseKey(district.name)}`);
    const first = page.locator('.search-results li').first();
    await first.waitFor({ timeout: 15_000 });
    await expect(first.textContent()).resolves.toContain(`${former.name} (cũ)`);
    await expect(first.textContent()).resolves.toContain(`Nay thuộc ${now.fullName}`);
    expect(new URL(page.url()).searchParams.get('q')).toBe(`${looseKey(former.name)} ${looseKey(district.name)}`);
    expect(await axe(page)).toEqual([]);
    const anchor = formerAnchor('former_commune', former.code);
    await Promise.all([page.waitForURL(`**${url(now)}#${anchor}`), first.locator('a').click()]);
    await expect(page.locator('h1').first().textContent()).resolves.toBe(now.fullName);
    await expect(page.locator(`#${anchor}`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`#${anchor}`).textContent()).resolves.toContain(`${former.fullName} (cũ)`);
    await page.context().close();
  });

  it('runs the search in the URL and applies the province filter', async () => {
    const dongNai = model.provinces.find((p) => p.name === 'Đồng Nai')!;
    const page = await open(browser, `/tim-kiem/?q=tan%20phu&tinh=${dongNai.code}`);
    await page.locator('.search-results li').first().waitFor({ timeout: 15_000 });
    const metas = await page.locator('.search-results li .hit-meta, .search-results li .hit-now').allTextContents();
    expect(metas.some((t) => t.includes(dongNai.name))).toBe(true);
    await expect(page.locator('select[name="tinh"]').inputValue()).resolves.toBe(dongNai.code);
    await page.context().close();
  });
});
