/**
 * Search where JavaScript is off or a link is opened cold: the header form, the search page's
 * lists, and the line on a current unit's page that names the former unit a person looked for
 * (CSS :target, so no script is involved), also for a former commune split between units.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadDataset } from '../../src/lib/data/load-dataset.ts';
import type { Model, Place } from '../../src/lib/data/model.ts';
import { formerAnchor } from '../../src/lib/site/urls.ts';
import { axe, launch, open } from './harness.ts';

const model: Model = loadDataset(resolve(process.env.DATA_DIR ?? 'data')).model!;
const url = (p: Place) => (p.level === 'province' ? `/tinh/${p.code}/` : `/xa/${p.code}/`);
const successors = (f: Place) => (model.successors.get(f.key) ?? []).map((s) => model.places.get(s.key)!);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('without JavaScript', () => {
  it('the header box leads to the search page, which says why it cannot search and offers the province lists', async () => {
    const page = await open(browser, '/tinh/', { javaScript: false });
    await page.locator('header input[name="q"]').fill('quang vinh');
    await Promise.all([page.waitForURL('**/tim-kiem/?q=quang+vinh'), page.locator('header form button').click()]);
    // The words stay in the address; the page says it cannot read them and what to do instead.
    expect(new URL(page.url()).searchParams.get('q')).toBe('quang vinh');
    const notice = page.locator('main .missing');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toContain('?q=');
    const provinces = page.locator('#danh-sach > ul a');
    await expect(provinces.count()).resolves.toBe(model.provinces.length);
    // The header box is a plain field without JavaScript: no combobox role that would never open.
    await expect(page.locator('header input[name="q"]').getAttribute('role')).resolves.toBeNull();
    // A province link opens its list of communes with their former names.
    const dongNai = model.provinces.find((p) => p.name === 'Đồng Nai')!;
    await Promise.all([page.waitForURL(`**${url(dongNai)}#communes`), provinces.filter({ hasText: dongNai.fullName }).click()]);
    await expect(page.locator('#communes').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('the search page lists every former province with the province it is now part of', async () => {
    const page = await open(browser, '/tim-kiem/', { javaScript: false });
    const items = page.locator('#danh-sach details li');
    await expect(items.count()).resolves.toBe(model.formerProvinces.filter((p) => successors(p).length).length);
    const haGiang = model.formerProvinces.find((p) => p.name === 'Hà Giang')!;
    await expect(items.filter({ hasText: `${haGiang.fullName} (cũ)` }).locator('a').first().getAttribute('href')).resolves.toBe(url(successors(haGiang)[0]!));
    await page.context().close();
  });

  it('a current unit opened at a former unit says which one and that it is now part of it; other lines stay hidden', async () => {
    const former = model.formerCommunes.find((c) => successors(c).length === 1 && (model.predecessors.get(successors(c)[0]!.key)?.length ?? 0) > 1)!;
    const now = successors(former)[0]!;
    const anchor = formerAnchor('former_commune', former.code);
    const page = await open(browser, `${url(now)}#${anchor}`, { javaScript: false, width: 390 });
    const line = page.locator(`#${anchor}`);
    await expect(line.isVisible()).resolves.toBe(true);
    await expect(line.textContent()).resolves.toContain(`${former.fullName} (cũ)`);
    await expect(line.textContent()).resolves.toContain(`nay thuộc ${now.fullName}`);
    await expect(page.locator('.former-landing p:visible').count()).resolves.toBe(1);
    // Opened without the fragment, the page shows none of these lines.
    await page.goto(page.url().replace(/#.*$/, ''));
    await expect(page.locator('.former-landing p:visible').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('a former commune split between units names the others, each linked at the same line', async () => {
    const split = model.formerCommunes.find((c) => successors(c).length >= 2)!;
    const [here, ...others] = successors(split);
    const anchor = formerAnchor('former_commune', split.code);
    const page = await open(browser, `${url(here!)}#${anchor}`, { javaScript: false });
    const line = page.locator(`#${anchor}`);
    await expect(line.innerText()).resolves.toMatch(/^Đơn vị bạn tìm: Một phần /);
    for (const o of others) await expect(line.locator(`a[href="${url(o)}#${anchor}"]`).count()).resolves.toBe(1);
    await Promise.all([page.waitForURL(`**${url(others[0]!)}#${anchor}`), line.locator('a').first().click()]);
    await expect(page.locator(`#${anchor}`).isVisible()).resolves.toBe(true);
    await page.context().close();
    // The line as everyone sees it, checked by axe-core (which needs JavaScript to run).
    const withJs = await open(browser, `${url(here!)}#${anchor}`);
    expect(await axe(withJs)).toEqual([]);
    await withJs.context().close();
  });

  it('a province opened at a former province names it', async () => {
    const haGiang = model.formerProvinces.find((p) => p.name === 'Hà Giang')!;
    const now = successors(haGiang)[0]!;
    const anchor = formerAnchor('former_province', haGiang.code);
    const page = await open(browser, `${url(now)}#${anchor}`, { javaScript: false });
    await expect(page.locator(`#${anchor}`).textContent()).resolves.toContain(`${haGiang.fullName} (cũ), nay thuộc ${now.fullName}`);
    await page.context().close();
  });
});
