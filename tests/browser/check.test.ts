/**
 * The file check page in real Chromium: a dropped file is checked by the validator's own code
 * against the deployed catalogue, naming an unknown code and its line; a valid workbook gets a
 * preview of each figure with its place and page. And the template it links to has its
 * dropdowns and unit lookup.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, baseUrl, launch, open } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const HEADER = 'place_level,place_code,place_name,indicator,kind,year,value,qualifier,basis,numerator,denominator,source,plan,quote,note';

async function drop(page: Page, name: string, bytes: Buffer): Promise<string> {
  await page.locator('[data-check-input]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
  await page.waitForFunction(() => document.querySelector('[data-check-status]')?.getAttribute('data-state'));
  return (await page.locator('[data-check-status]').textContent()) ?? '';
}

describe('check page /du-lieu/kiem-tra/', () => {
  it('has no axe-core violations at 390 px and 1280 px', async () => {
    for (const width of [390, 1280]) {
      const page = await open(browser, '/du-lieu/kiem-tra/', { width });
      expect(await axe(page), `at ${width}px`).toEqual([]);
      await page.context().close();
    }
  });

  it('names the unknown code of a dropped CSV file and its line', async () => {
    const page = await open(browser, '/du-lieu/kiem-tra/', { width: 390 });
    const csv = `${HEADER}\nformer_commune,99999,Xã Không Có,members_count,result,2024,1250,,,,,baothanhhoa-271646,,Có 1.250 hội viên,\n`;
    const status = await drop(page, 'tinh-thu.csv', Buffer.from(csv));
    expect(status).toMatch(/^1 lỗi/);
    const problem = (await page.locator('.check-problems li').first().textContent()) ?? '';
    expect(problem).toContain('tinh-thu.csv:2:2 (dòng 2, cột B "place_code")');
    expect(problem).toContain('Không có xã cũ nào mang mã "99999"');
    await page.context().close();
  });

  it('previews a valid workbook: each figure with its place and the page it will appear on', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Số liệu');
    ws.addRow(HEADER.split(',').concat('value_as_published'));
    ws.addRow(['xã cũ', '19885', 'Xã Quảng Vinh', 'Số hội viên Hội Khuyến học', 'kết quả', 2024, null, '', '', null, null, 'baothanhhoa-271646', '', 'Xã có hơn 1,2 nghìn hội viên', '', 'hơn 1,2 nghìn']);
    const page = await open(browser, '/du-lieu/kiem-tra/', { width: 390 });
    const status = await drop(page, 'quang-vinh.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(status).toContain('1 số liệu');
    const row = (await page.locator('.check-preview tbody tr').first().textContent()) ?? '';
    expect(row).toContain('Xã Quảng Vinh (cũ)');
    expect(row).toContain('nguồn viết "hơn 1,2 nghìn"');
    const link = page.locator('.check-preview tbody a').first();
    expect(await link.getAttribute('href')).toMatch(/\/xa\/\d{5}\/$/);
    await page.context().close();
  });
});

describe('the template workbook on the site', () => {
  it('has dropdowns and the unit lookup', async () => {
    const res = await fetch(`${baseUrl()}/du-lieu/mau-so-lieu.xlsx`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as never);
    const ws = wb.getWorksheet('Số liệu')!;
    expect(ws.getCell('A2').dataValidation?.type).toBe('list');
    expect(ws.getCell('D2').dataValidation?.type).toBe('list');
    const units = wb.getWorksheet('Đơn vị')!;
    expect(units.rowCount).toBeGreaterThan(3321 + 10000);
    expect(units.getColumn(1).values).toContain('Xã Quảng Vinh');
  });
});
