/**
 * The changelog on a real git history of the small dataset: figures added, changed (old → new,
 * old and new source) and removed, statuses that change through the one assessment; no release
 * for reordered rows, a renamed file, wording or a news post; notes for rows today's reader
 * cannot take; no history in a shallow clone or outside git.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import type { Model } from '../../../src/lib/data/model.ts';
import { buildHistory, type History } from '../../../src/lib/model/changes/history.ts';
import { SMALL, TempRepo } from './git-repo.ts';

const FIG = 'observations/figures.csv';
const HUE = 'former_province,46,Thừa Thiên Huế,learning_families_pct,result';
const repo = new TempRepo();
const shas: Record<string, string> = {};
let history: History;
let model: Model;

beforeAll(() => {
  repo.seed();
  shas.first = repo.commit('Số liệu đầu tiên');
  // 81.5 → 65 (below the national 70% target) and a 2021 base: "đã đạt" becomes "cần đẩy nhanh".
  const rows = repo.read(FIG).replace(`${HUE},2024,81.5,more_than`, `${HUE},2024,65,`).trimEnd().split('\n');
  rows.push(`${HUE},2021,60,,recognised,,,bao-hue-2024,,"Năm 2021 đạt 60%",`);
  rows.push('former_commune,19885,Xã Quảng Vinh,members_count,result,2023,1100,,,,,bao-hue-2024,,Xã Quảng Vinh có 1.100 hội viên,');
  repo.write(FIG, rows.join('\n') + '\n');
  shas.change = repo.commit('Thêm số liệu Huế 2021, sửa số liệu 2024\n\nTheo báo cáo tổng kết.');
  const [header, ...body] = repo.read(FIG).trimEnd().split('\n');
  repo.write(FIG, [header, ...body.reverse()].join('\n') + '\n');
  shas.reorder = repo.commit('Sắp xếp lại các dòng');
  repo.git('mv', `data/${FIG}`, 'data/observations/hue.csv');
  shas.rename = repo.commit('Đổi tên tệp');
  repo.write('observations/hue.csv', repo.read('observations/hue.csv').replace('Xã Quảng Vinh có 1.100 hội viên', 'Xã Quảng Vinh có 1.100 hội viên (sửa trích dẫn)'));
  shas.wording = repo.commit('Sửa trích dẫn');
  repo.write('tin-tuc/2026-01-06-bao-cao.mdx', '---\ntitle: Báo cáo\ndate: 2026-01-06\nsummary: Tin thử.\n---\nNội dung.\n');
  shas.news = repo.commit('Tin mới');
  repo.write('observations/hue.csv', repo.read('observations/hue.csv').split('\n').filter((l) => !l.includes(',2023,1100,')).join('\n'));
  shas.remove = repo.commit('Bỏ số liệu hội viên 2023');
  repo.write('sources/more.csv', 'id,type,title,number,issuer,publisher,date,url,language,note\nbao-hue-2025,article,Bài khác,,,Báo thử nghiệm,2025-01-02,https://example.org/hue-2025,vi,\n');
  repo.write('observations/hue.csv', repo.read('observations/hue.csv').replace(`${HUE},2021,60,,recognised,,,bao-hue-2024,`, `${HUE},2021,60,,recognised,,,bao-hue-2025,`));
  shas.source = repo.commit('Đổi nguồn số liệu 2021');
  repo.write('observations/bad.csv', `${repo.read('observations/hue.csv').split('\n')[0]}\ncommune,99999,Xã Không Có,members_count,result,2024,10,,,,,bao-hue-2024,,Mười hội viên,\n`);
  shas.bad = repo.commit('Một dòng sai mã');
  // Today's model (the working tree) must be valid: the wrong row is removed, not committed.
  rmSync(join(repo.data, 'observations/bad.csv'));
  model = loadDataset(repo.data, repo.root).model!;
  history = buildHistory(model, repo.data);
});
afterAll(() => rmSync(repo.root, { recursive: true, force: true }));

const release = (name: string) => history.releases.find((r) => r.sha === shas[name]);

describe('the changelog of a git history', () => {
  it('lists the commits that changed figures, newest first, with date, message and committer', () => {
    expect(history.unavailable).toBeUndefined();
    expect(history.releases.map((r) => r.sha)).toEqual([shas.bad, shas.source, shas.remove, shas.change, shas.first]);
    const r = release('change')!;
    expect(r.id).toBe(shas.change!.slice(0, 10));
    expect(r.subject).toBe('Thêm số liệu Huế 2021, sửa số liệu 2024');
    expect(r.body).toBe('Theo báo cáo tổng kết.');
    expect(r.authorName).toBe('Hội Khuyến học tỉnh');
    expect(r.committerName).toBe('Người duyệt');
    expect(r.date).toBe('2026-01-02T09:00:00+07:00');
  });

  it('gives no release for reordered rows, a renamed file, a changed quote or a news post', () => {
    for (const name of ['reorder', 'rename', 'wording', 'news']) expect(release(name), name).toBeUndefined();
  });

  it('records figures added, and the old and new value of a changed one', () => {
    expect(release('first')!.diff.results).toHaveLength(2);
    expect(release('first')!.diff.targets).toHaveLength(1);
    const d = release('change')!.diff;
    expect(d.results.filter((c) => c.kind === 'added').map((c) => c.after!.year).sort()).toEqual([2021, 2023]);
    const changed = d.results.filter((c) => c.kind === 'changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.before!.value).toBe(81.5);
    expect(changed[0]!.before!.qualifier).toBe('more_than');
    expect(changed[0]!.after!.value).toBe(65);
  });

  it('recomputes statuses through the assessment', () => {
    const s = release('change')!.diff.statuses;
    expect(s.map((c) => [c.place.key, c.indicatorId, c.before.status, c.after.status])).toEqual([
      ['former_province:46', 'learning_families_pct', 'achieved', 'needs_acceleration'],
    ]);
  });

  it('records a removed figure, and a change of source as one change', () => {
    expect(release('remove')!.diff.results.map((c) => [c.kind, c.before?.value])).toEqual([['removed', 1100]]);
    const c = release('source')!.diff.results;
    expect(c).toHaveLength(1);
    expect(c[0]!.sourceChanged).toBe(true);
    expect([c[0]!.before!.sourceId, c[0]!.after!.sourceId]).toEqual(['bao-hue-2024', 'bao-hue-2025']);
  });

  it('lists a commit whose rows today\'s reader cannot take, with a note naming the line', () => {
    const r = release('bad')!;
    expect(r.diff.results).toEqual([]);
    expect(r.left.map((p) => `${p.file}:${p.line}`)).toEqual(['data/observations/bad.csv:2']);
  });

  it('has no history in a shallow clone or outside git, and says so', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'xhht-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, shallow]);
    const h = buildHistory(model, join(shallow, 'data'));
    expect(h.unavailable).toBe('shallow');
    expect(h.releases).toEqual([]);
    execFileSync('git', ['-C', shallow, 'fetch', '-q', '--deepen', '3']);
    const partial = buildHistory(model, join(shallow, 'data'));
    expect(partial.truncated).toBe(true);
    expect(partial.releases.map((r) => r.sha)).toEqual([shas.bad, shas.source, shas.remove]);
    rmSync(shallow, { recursive: true, force: true });

    const plain = mkdtempSync(join(tmpdir(), 'xhht-nogit-'));
    cpSync(SMALL, plain, { recursive: true });
    expect(buildHistory(model, plain).unavailable).toBe('no-git');
    rmSync(plain, { recursive: true, force: true });
  });
});
