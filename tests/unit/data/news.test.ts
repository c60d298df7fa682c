/**
 * News posts are checked like the data: every mistake in a post's header (or a character MDX
 * would read as code) is an error at file:line, in Vietnamese then English, with the value and
 * how to fix it; a good post comes out with the places and indicators it names.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import { formatProblem } from '../../../src/lib/data/report.ts';

const SMALL = resolve('tests/fixtures/datasets/small');
const work = mkdtempSync(join(tmpdir(), 'xhht-news-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

function load(files: Record<string, string>) {
  const dir = join(work, `case-${n++}`);
  cpSync(SMALL, dir, { recursive: true });
  mkdirSync(join(dir, 'tin-tuc'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'tin-tuc', name), text);
  return loadDataset(dir, dir);
}

const post = (header: string, body = 'Nội dung bài.\n') => `---\n${header}\n---\n\n${body}`;
const GOOD = 'title: Báo cáo năm 2026\ndate: 2026-12-01\nsummary: Tóm tắt ngắn.';

describe('news posts', () => {
  it('are read with the places and indicators they name, newest first', () => {
    const { model, problems } = load({
      '2026-12-01-bao-cao.mdx': post(`${GOOD}\nplaces: [46, "19885", VN, "former_commune:19885"]\nindicators: [learning_families_pct]`),
      '2027-01-02-sau.mdx': post('title: Bài sau\ndate: 2027-01-02\nsummary: Sau.'),
    });
    expect(problems).toEqual([]);
    expect(model!.news.map((p) => p.slug)).toEqual(['2027-01-02-sau', '2026-12-01-bao-cao']);
    expect(model!.news[1]!.placeKeys).toEqual(['province:46', 'commune:19885', 'national:VN', 'former_commune:19885']);
    expect(model!.news[1]!.indicatorIds).toEqual(['learning_families_pct']);
  });

  it('report every mistake of a header at its line, with the value and a fix', () => {
    const { model, problems } = load({
      'bai-1.mdx': post('title: Bài\ndate: 01/12/2026\nsumary: Tóm tắt.\nplaces:\n  - 99\nindicators: [learning_familes_pct]'),
    });
    expect(model).toBeUndefined();
    const report = problems.map(formatProblem).join('\n\n');
    expect(report).toContain('LỖI / ERROR  tin-tuc/bai-1.mdx:3 (dòng 3)\n  Mục "date" không hợp lệ.\n  Giá trị: "01/12/2026"\n  Cần: Ngày đăng (date) dạng năm-tháng-ngày, ví dụ 2026-12-01.');
    expect(report).toContain('tin-tuc/bai-1.mdx:4 (dòng 4)\n  Mục "sumary" không có trong mẫu bài viết.');
    expect(report).toContain('Cách sửa: Có phải "summary"?');
    expect(problems.map((p) => `${p.code}:${p.line}`).sort()).toEqual(['news.field:1', 'news.field:3', 'news.unknown-key:4'].sort());
  });

  it('check places, indicators and the body once the header is complete', () => {
    const { problems } = load({ 'bai-2.mdx': post(`${GOOD}\nplaces:\n  - 99\nindicators: [learning_familes_pct]`, 'Tỷ lệ < 5% ở {một số} xã.\n') });
    expect(problems.map((p) => `${p.code}:${p.line}:${p.value}`)).toEqual([
      'news.unknown-place:6:99',
      'news.unknown-indicator:7:learning_familes_pct',
      'news.body-character:10:<',
    ]);
    expect(problems[1]!.fix!.vi).toBe('Có phải "learning_families_pct"?');
  });

  it('name a bad file name, a missing header and broken YAML', () => {
    const { problems } = load({
      'Bài Mới.mdx': post(GOOD),
      'khong-dau.mdx': 'Chỉ có nội dung.\n',
      'yaml.mdx': post(`${GOOD}\nplaces: [46`),
    });
    expect(problems.map((p) => `${p.file}:${p.line}:${p.code}`)).toEqual([
      'tin-tuc/Bài Mới.mdx:0:news.file-name',
      'tin-tuc/khong-dau.mdx:1:news.front-matter',
      'tin-tuc/yaml.mdx:5:news.yaml',
    ]);
  });
});
