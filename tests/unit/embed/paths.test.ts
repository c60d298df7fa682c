/** Chart ids → paths and pages: every id of the real data is a safe path with an existing kind of page. */
import { describe, expect, it } from 'vitest';
import { cardPageOf, homeHref } from '../../../src/lib/outputs/embed/home.ts';
import { checkId, checkVersion, downloadName, downloadPath, embedPath, oembedPath, pinnedPath, shareImagePath } from '../../../src/lib/site/urls.ts';
import { catalogue, DATASETS } from './helpers.ts';

describe('paths', () => {
  it('puts every file of a chart at /nhung/<id>.<ext>, saved under a name made of the id', () => {
    expect(embedPath('map/provinces/x/2024')).toBe('/nhung/map/provinces/x/2024.html');
    expect(pinnedPath('abc', 'locator/00004')).toBe('/nhung/phien-ban/abc/locator/00004.html');
    expect(oembedPath('locator/00004')).toBe('/nhung/locator/00004.oembed.json');
    expect(downloadPath('trend/province-01/x', 'png')).toBe('/nhung/trend/province-01/x.png');
    expect(downloadName('trend/province-01/x', 'png')).toBe('trend-province-01-x.png');
  });

  it('refuses ids and versions that are not plain path segments', () => {
    for (const bad of ['../x', 'map/../../etc', 'map//x', 'map/x/', 'phien-ban/x', 'map/x y', '']) expect(() => checkId(bad), bad).toThrow();
    for (const bad of ['..', '.', 'a/b', '', 'x'.repeat(65)]) expect(() => checkVersion(bad), bad).toThrow();
    expect(checkVersion('0123456789abcdef0123456789abcdef01234567')).toBeTruthy();
  });

  it('links every chart of the real data back to a page of its kind, with its anchor', () => {
    const pages = new Set<string>();
    for (const c of catalogue(DATASETS.real).charts) {
      const href = homeHref(c.id);
      expect(() => checkId(c.id)).not.toThrow();
      expect(href, c.id).toMatch(/^\/(bieu-do|tinh|xa|chi-tieu|cum-thi-dua)\/[^#]+\/#c-/);
      pages.add(href.split('/')[1]!);
    }
    expect([...pages].sort()).toEqual(['bieu-do', 'chi-tieu', 'cum-thi-dua', 'tinh', 'xa'].filter((p) => pages.has(p)));
    expect(homeHref('trend/national-VN/x')).toBe('/chi-tieu/x/#c-trend-national-VN-x');
    expect(homeHref('trend/region-cum-tay-bac/x')).toBe('/cum-thi-dua/cum-tay-bac/#c-trend-region-cum-tay-bac-x');
    expect(homeHref('ranking/communes/01/x/2024-dang-ky')).toBe('/bieu-do/map/communes/01/x/2024-dang-ky/#c-ranking-communes-01-x-2024-dang-ky');
    expect(homeHref('map/communes/01/x')).toBe('/tinh/01/#c-map-communes-01-x');
    expect(homeHref('map/provinces/x')).toBe('/chi-tieu/x/#c-map-provinces-x');
  });

  it('gives every chart the share card of the place, indicator or province it is about (its oEmbed thumbnail)', () => {
    expect(cardPageOf('locator/00004')).toBe('/xa/00004/');
    expect(cardPageOf('trend/province-01/x')).toBe('/tinh/01/');
    expect(cardPageOf('trend/national-VN/x')).toBe('/chi-tieu/x/');
    expect(cardPageOf('trend/region-cum-tay-bac/x')).toBe('/cum-thi-dua/cum-tay-bac/');
    expect(cardPageOf('map/communes/01/x/2024')).toBe('/tinh/01/');
    expect(cardPageOf('ranking/former-provinces/x/2019')).toBe('/chi-tieu/x/');
    expect(shareImagePath('/tinh/01/')).toBe('/anh/tinh/01.jpg');
    expect(shareImagePath('/')).toBe('/anh/trang-chu.jpg');
    for (const c of catalogue(DATASETS.real).charts) expect(cardPageOf(c.id), c.id).toMatch(/^\/(tinh|xa|chi-tieu|cum-thi-dua)\/[^/]+\/$/);
  });
});
