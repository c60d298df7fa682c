/**
 * What a QA review of the search found, on the real index from Node (the bundle, WebAssembly and
 * re-ranker of the search page), then in Chromium: names typed as one word, nonsense, an address
 * of a ward that no longer existed in 2025, a former commune typed with an older district, and
 * prose pages among places. Expected pages come from the data, not from hard-coded codes.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadDataset } from '../../src/lib/data/load-dataset.ts';
import type { Model, Place } from '../../src/lib/data/model.ts';
import { runSearch, type Hit } from '../../src/lib/outputs/search/engine.ts';
import { loadPagefind, type NodePagefind } from '../../src/lib/outputs/search/node-pagefind.ts';
import { RELEVANCE, TIER } from '../../src/lib/outputs/search/rerank.ts';
import { formerAnchor } from '../../src/lib/site/urls.ts';
import { axe, launch, open } from './harness.ts';

const dist = resolve(process.env.SITE_DIST ?? 'dist');
const model: Model = loadDataset(resolve(process.env.DATA_DIR ?? 'data')).model!;
const get = (key: string | undefined) => model.places.get(key!)!;
const url = (p: Place) => (p.level === 'province' ? `/tinh/${p.code}/` : `/xa/${p.code}/`);
const page = (hit: Hit | undefined) => hit?.url.replace(/#.*$/, '');
const isPlace = (h: Hit) => h.kind === 'xa' || h.kind === 'tinh';

let pf: NodePagefind;
const search = async (q: string) => runSearch(pf.pagefind, q);

beforeAll(async () => {
  pf = await loadPagefind(resolve(dist, 'pagefind'));
});
afterAll(async () => {
  await pf?.destroy();
});

describe('names typed as one word, on the real index', () => {
  it('finds Sa Pa typed "sapa", with or without "thị trấn"', async () => {
    const saPa = model.communes.find((c) => c.name === 'Sa Pa')!;
    for (const q of ['sapa', 'thi tran sapa', 'Sapa Lào Cai']) expect(page((await search(q)).hits[0]), q).toBe(url(saPa));
  });

  it('finds Đắk Lắk typed "daklak" or "dac lac", and Hà Nội typed "hanoi"', async () => {
    const dakLak = model.provinces.find((p) => p.name === 'Đắk Lắk')!;
    for (const q of ['daklak', 'DakLak', 'dac lac', 'tinh daklak']) expect(page((await search(q)).hits[0]), q).toBe(url(dakLak));
    const haNoi = model.provinces.find((p) => p.name === 'Hà Nội')!;
    expect(page((await search('hanoi')).hits[0])).toBe(url(haNoi));
  });

  it('finds "saigon" as the ward of that official name', async () => {
    const ward = model.communes.find((c) => c.name === 'Sài Gòn');
    if (ward) expect(page((await search('saigon')).hits[0])).toBe(url(ward));
  });
});

describe('queries that name nothing, on the real index', () => {
  it('answers nonsense with nothing at all', async () => {
    for (const q of ['xyzqw', 'xã xyzqw', 'qwrtp zxkvb']) {
      const out = await search(q);
      expect(out.hits, q).toEqual([]);
      expect(out.total, q).toBe(0);
    }
  });

  it('answers "phuong 7 quan 3" with the former Phường 7 of Quận 3 if the list of 1/3/2025 has one, otherwise with nothing', async () => {
    const hcm = model.provinces.find((p) => p.name === 'Hồ Chí Minh')!;
    const q3 = model.formerDistricts.filter((d) => d.type === 'Quận' && d.name === '3' && model.successors.get(d.key)?.some((s) => get(s.key).key === hcm.key) !== false);
    const wards = model.formerCommunes.filter((c) => c.type === 'Phường' && c.name === '7' && q3.some((d) => d.key === c.parentKey));
    const out = await search('phuong 7 quan 3');
    if (wards.length === 0) {
      expect(out.hits).toEqual([]);
    } else {
      const now = new Set(wards.flatMap((w) => model.successors.get(w.key) ?? []).map((s) => url(get(s.key))));
      expect(now.has(page(out.hits[0])!)).toBe(true);
    }
  });
});

describe('a former commune typed with another district, on the real index', () => {
  it('finds the only Quảng Vinh of Thanh Hóa for "quang vinh quang xuong", with the line to land on', async () => {
    // In the list of 1/3/2025 it was a ward of Sầm Sơn; the unit it is now part of also took a commune of Quảng Xương.
    const f = model.formerCommunes.find((c) => c.name === 'Quảng Vinh' && get(c.provinceKey).name === 'Thanh Hóa')!;
    const now = get(model.successors.get(f.key)![0]!.key);
    const hit = (await search('quang vinh quang xuong')).hits[0]!;
    expect(hit.url).toBe(`${url(now)}#${formerAnchor('former_commune', f.code)}`);
    expect(hit.match.former?.[1]).toBe('Quảng Vinh');
    expect(hit.match.relevance).toBeGreaterThanOrEqual(RELEVANCE.partial);
    const exact = (await search(`quang vinh ${get(f.parentKey).name}`)).hits[0]!;
    expect(exact.match).toMatchObject({ tier: TIER.former, relevance: RELEVANCE.named });
  });
});

describe('prose pages among places, on the real index', () => {
  it('puts every place the address names before any other page: "P.5, Q.3, TP.HCM"', async () => {
    const { hits } = await search('P.5, Q.3, TP.HCM');
    expect(hits.length).toBeGreaterThan(0);
    expect(isPlace(hits[0]!)).toBe(true);
    const firstOther = hits.findIndex((h) => !isPlace(h));
    if (firstOther >= 0) expect(hits.slice(firstOther).every((h) => !isPlace(h) || h.match.relevance! < RELEVANCE.titled)).toBe(true);
    expect(hits.slice(0, 3).map((h) => h.url)).not.toContain('/phuong-phap/');
  });

  it('still finds the methodology page by its title', async () => {
    expect((await search('phương pháp tính tiến độ')).hits[0]?.url).toBe('/phuong-phap/');
  });
});

describe('the search page in Chromium, for these queries', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says plainly that nonsense finds nothing, and lists nothing', async () => {
    const tab = await open(browser, '/tim-kiem/?q=xyzqw', { width: 390 });
    await tab.locator('.search-status').filter({ hasText: 'Không tìm thấy' }).waitFor({ timeout: 15_000 });
    await expect(tab.locator('.search-results li').count()).resolves.toBe(0);
    await expect(tab.locator('.search-more').isHidden()).resolves.toBe(true);
    // It says which list former names come from: a ward merged before it is not there.
    await expect(tab.locator('.search-status').textContent()).resolves.toContain('01/3/2025');
    await tab.context().close();
  });

  it('shows the former unit found for "quang vinh quang xuong" with its real district, and lands on its line', async () => {
    const f = model.formerCommunes.find((c) => c.name === 'Quảng Vinh' && get(c.provinceKey).name === 'Thanh Hóa')!;
    const now = get(model.successors.get(f.key)![0]!.key);
    const tab = await open(browser, '/tim-kiem/?q=quang%20vinh%20quang%20xuong', { width: 390 });
    const first = tab.locator('.search-results li').first();
    await first.waitFor({ timeout: 15_000 });
    await expect(first.textContent()).resolves.toContain(`${f.fullName} (cũ)`);
    await expect(first.textContent()).resolves.toContain(get(f.parentKey).name);
    expect(await axe(tab)).toEqual([]);
    const anchor = formerAnchor('former_commune', f.code);
    await Promise.all([tab.waitForURL(`**${url(now)}#${anchor}`), first.locator('a').click()]);
    await expect(tab.locator(`#${anchor}`).isVisible()).resolves.toBe(true);
    await tab.context().close();
  });

  it('offers Phường Sa Pa in the header box for "sapa", and nothing but the search page for nonsense', async () => {
    const saPa = model.communes.find((c) => c.name === 'Sa Pa')!;
    const tab = await open(browser, '/', { width: 390 });
    const box = tab.locator('header input[name="q"]');
    const options = tab.locator('#q-list [role="option"]');
    await box.click();
    await tab.keyboard.type('sapa', { delay: 20 });
    await options.last().filter({ hasText: 'sapa' }).waitFor({ timeout: 20_000 });
    await expect(options.first().textContent()).resolves.toContain(saPa.fullName);
    await box.fill('');
    await tab.keyboard.type('xyzqw', { delay: 20 });
    await options.last().filter({ hasText: 'xyzqw' }).waitFor({ timeout: 20_000 });
    await expect(options.count()).resolves.toBe(1);
    await expect(tab.locator('header [role="status"]').textContent()).resolves.toContain('Không tìm thấy');
    await tab.context().close();
  });
});
