/**
 * The data version that citations and pinned embeds name is the latest release: the latest commit
 * of the main line that changed the figures, shortened as release ids are. A commit that changes
 * only code or the guide keeps it; a merged branch counts as its merge commit, as in the changelog;
 * a shallow clone or a folder outside git still gives a version.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import { buildHistory } from '../../../src/lib/model/changes/history.ts';
import { dataCommit, normalizeConfig } from '../../../src/lib/site/config.ts';
import { TempRepo } from './git-repo.ts';

const repo = new TempRepo('xhht-version-');
const FIG = 'observations/figures.csv';
const shas: Record<string, string> = {};
beforeAll(() => {
  shas.first = repo.seed().commit('Số liệu đầu tiên');
  repo.write(FIG, repo.read(FIG).replace(',2024,81.5,more_than', ',2024,82,'));
  shas.change = repo.commit('Sửa số liệu Huế 2024');
  writeFileSync(join(repo.root, 'README.md'), 'mã nguồn\n');
  repo.write('README.md', 'hướng dẫn\n');
  shas.code = repo.commit('Docs only');
});
afterAll(() => rmSync(repo.root, { recursive: true, force: true }));

const releaseIds = () => buildHistory(loadDataset(repo.data, repo.root).model!, repo.data).releases.map((r) => r.id);

describe('the data version', () => {
  it('is the latest release, not the latest commit', () => {
    const v = dataCommit(repo.data, repo.root);
    expect(v.version).toBe(shas.change!.slice(0, 10));
    expect(releaseIds()[0]).toBe(v.version);
    expect(v.date).toBe('2026-01-02T09:00:00+07:00');
    const config = normalizeConfig({ DATA_DIR: repo.data }, repo.root);
    expect(config.dataVersion).toBe(v.version);
    expect(config.dataVersionDay).toBe('2026-01-02');
  });

  it('is a merged branch\'s merge commit, as the changelog lists it', () => {
    repo.git('checkout', '-q', '-b', 'sua');
    repo.write(FIG, repo.read(FIG).replace(',2024,82,', ',2024,83,'));
    repo.commit('Sửa trên nhánh');
    repo.git('checkout', '-q', 'main');
    repo.git('-c', 'user.name=Người duyệt', '-c', 'user.email=d@e.org', 'merge', '-q', '--no-ff', '-m', 'Gộp nhánh sửa', 'sua');
    const merge = repo.git('rev-parse', 'HEAD').trim();
    expect(dataCommit(repo.data, repo.root).version).toBe(merge.slice(0, 10));
    expect(releaseIds()[0]).toBe(merge.slice(0, 10));
  });

  it('can be given (DATA_VERSION), with its date when the repository has the commit', () => {
    const c = normalizeConfig({ DATA_DIR: repo.data, DATA_VERSION: shas.first!.slice(0, 10) }, repo.root);
    expect(c.dataVersion).toBe(shas.first!.slice(0, 10));
    expect(c.dataVersionDay).toBe('2026-01-01');
  });

  it('still exists in a shallow clone and outside git', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'xhht-shallow-'));
    const outside = mkdtempSync(join(tmpdir(), 'xhht-nogit-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth=1', `file://${repo.root}`, shallow]);
      const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: shallow, encoding: 'utf8' }).trim();
      expect(dataCommit(join(shallow, 'data'), shallow).version).toBe(head.slice(0, 10));
      const none = normalizeConfig({ DATA_DIR: join(outside, 'data') }, outside);
      expect(none.dataVersion).toBe('chua-commit');
      expect(none.dataVersionDate).toBe(`${none.buildDate}T00:00:00Z`);
    } finally {
      rmSync(shallow, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
