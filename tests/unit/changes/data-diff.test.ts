/**
 * `npm run data:diff -- <ref>`: a value edited in the working tree shows with its old and new
 * value and sources, per place, with the status it moves and the pages affected.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo } from './git-repo.ts';

const repo = new TempRepo('xhht-data-diff-');
const HUE = 'former_province,46,Thừa Thiên Huế,learning_families_pct,result';

beforeAll(() => {
  repo.seed().commit('Số liệu đầu tiên');
  const text = repo.read('observations/figures.csv').replace(`${HUE},2024,81.5,more_than`, `${HUE},2024,65,`);
  repo.write('observations/figures.csv', text.trimEnd() + `\n${HUE},2021,60,,recognised,,,bao-hue-2024,,"Năm 2021 đạt 60%",\n`);
});
afterAll(() => rmSync(repo.root, { recursive: true, force: true }));

const run = (ref: string) =>
  spawnSync(process.execPath, [resolve('scripts/data-diff.ts'), ref], { cwd: resolve('.'), encoding: 'utf8', env: { ...process.env, DATA_DIR: repo.data } });

describe('npm run data:diff', () => {
  it('prints the old and new value of an edited figure, with its place, status and pages', () => {
    const res = run('HEAD');
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const md = res.stdout;
    expect(md).toContain('Số liệu: 1 thêm, 1 sửa, 0 bỏ.');
    expect(md).toContain('#### Thành phố Huế (cũ)');
    expect(md).toMatch(/\| Sửa \| Tỷ lệ gia đình được công nhận Gia đình học tập \(công nhận\) \| 2024 \| hơn 81,5% · Khuyến học Huế năm 2024 \(bài thử nghiệm\) \| 65% · Khuyến học Huế năm 2024 \(bài thử nghiệm\) \|/);
    expect(md).toMatch(/\| Thành phố Huế \(cũ\) \| Tỷ lệ gia đình được công nhận Gia đình học tập \| Đã đạt mục tiêu \| Có tiến bộ, cần đẩy nhanh \|/);
    expect(md).toContain('- `/chi-tieu/learning_families_pct/`');
  });

  it('says in Vietnamese when the ref does not exist', () => {
    const res = run('khong-co-nhanh-nay');
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('Không tìm thấy "khong-co-nhanh-nay"');
  });
});
