/**
 * The changelog, feeds and news of built sites. The illustrative build comes from a git
 * repository with four commits (scripts/lib/demo-history.ts): figures added and one value
 * changed, rows reordered, a news post. Its /thay-doi/ shows the change with the old and new
 * value and no release for the reordering; the post is at /tin-tuc/ and in the feeds; every
 * province page links its Atom feed, and every feed of both builds is valid Atom.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/lib/present/format/vi.ts';
import type { DemoHistory } from '../../scripts/lib/demo-history.ts';
import { atomErrors, rfcProblems } from '../unit/changes/atom.ts';

const REAL = resolve(process.env.SITE_DIST ?? 'dist');
const DEMO = resolve('tmp/test-demo-dist');
const history = JSON.parse(readFileSync(resolve('tmp/test-demo-repo/history.json'), 'utf8')) as DemoHistory;
const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
const id = (sha: string) => sha.slice(0, 10);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('changelog of a built site with a git history', () => {
  it('lists the commits that changed figures, not the reordering nor the news post', () => {
    const index = read(DEMO, 'thay-doi/index.html');
    for (const c of [history.commits.change, history.commits.first]) expect(index).toContain(`/thay-doi/${id(c)}/`);
    for (const c of [history.commits.reorder, history.commits.news]) {
      expect(index).not.toContain(`/thay-doi/${id(c)}/`);
      expect(existsSync(join(DEMO, 'thay-doi', id(c)))).toBe(false);
    }
    expect(index.indexOf(id(history.commits.change))).toBeLessThan(index.indexOf(id(history.commits.first)));
  });

  it('shows the changed value with its old and new value, and the figures added', () => {
    const page = text(read(DEMO, `thay-doi/${id(history.commits.change)}/index.html`));
    const { before, after } = history.changed;
    expect(page).toContain('Thêm số liệu minh họa và sửa một giá trị');
    expect(page).toContain(`${history.added} số liệu mới · 1 số liệu sửa`);
    expect(page).toMatch(new RegExp(`Sửa .{0,200} ${history.changed.year} ${formatValue(before, 'percent')} .{0,120}${formatValue(after, 'percent')}`));
  });

  it('lists the news post at /tin-tuc/, on its own page, and in the feeds', () => {
    expect(read(DEMO, 'tin-tuc/index.html')).toContain(`/tin-tuc/${history.newsSlug}/`);
    expect(text(read(DEMO, `tin-tuc/${history.newsSlug}/index.html`))).toContain('Nội dung minh họa, có một đường dẫn');
    for (const feed of ['thay-doi/atom.xml', `tinh/${history.changed.placeCode}/atom.xml`, `chi-tieu/${history.changed.indicator}/atom.xml`]) {
      expect(read(DEMO, feed), feed).toContain(`/tin-tuc/${history.newsSlug}/</id>`);
    }
    expect(read(DEMO, `tinh/${history.changed.placeCode}/index.html`)).toContain(`/tin-tuc/${history.newsSlug}/`);
  });

  it('gives figures ids that say what they are, not file:line', () => {
    const csv = read(DEMO, 'du-lieu/so-lieu.csv').split('\n').slice(1, 50);
    for (const line of csv.filter(Boolean)) expect(line.split(',')[0]).toMatch(/^[a-z_]+\.[A-Za-z0-9-]+\.[a-z0-9_]+\.(result|target)\.(\d{4}|_)\.(recognised|registered|_)\.[a-z0-9-]+(\.[a-z0-9-]+)?$/);
  });

  it('lists the releases on the data page and in the API', () => {
    expect(read(DEMO, 'du-lieu/index.html')).toContain(`/thay-doi/${id(history.commits.change)}/`);
    const api = JSON.parse(read(DEMO, 'api/v1/phien-ban.json')) as { releases: { id: string; counts: Record<string, number> }[] };
    expect(api.releases.map((r) => r.id)).toEqual([id(history.commits.change), id(history.commits.first)]);
    expect(api.releases[0]!.counts).toMatchObject({ figures_added: history.added, figures_changed: 1, figures_removed: 0 });
  });
});

describe.each([['real', REAL], ['illustrative', DEMO]])('feeds of the %s build', (_name, dist) => {
  it('are announced on every province page, and exist', () => {
    // A merged province's old address only forwards to its successor; it has no feed of its own.
    const provinces = readdirSync(join(dist, 'tinh'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !read(dist, `tinh/${d.name}/index.html`).includes('http-equiv="refresh"'));
    expect(provinces.length).toBe(dist === REAL ? 34 : provinces.length);
    expect(provinces.length).toBeGreaterThan(0);
    for (const d of provinces) {
      const html = read(dist, `tinh/${d.name}/index.html`);
      expect(html, d.name).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="[^"]*/tinh/${d.name}/atom\\.xml">`));
      expect(html, d.name).toContain('<summary>Theo dõi');
      expect(existsSync(join(dist, 'tinh', d.name, 'atom.xml')), d.name).toBe(true);
    }
  });

  it('are valid Atom 1.0, every one of them', async () => {
    const feeds: Record<string, string> = { 'thay-doi/atom.xml': read(dist, 'thay-doi/atom.xml') };
    for (const folder of ['tinh', 'xa', 'chi-tieu']) {
      for (const d of readdirSync(join(dist, folder), { withFileTypes: true })) {
        if (d.isDirectory() && existsSync(join(dist, folder, d.name, 'atom.xml'))) feeds[`${folder}/${d.name}/atom.xml`] = read(dist, `${folder}/${d.name}/atom.xml`);
      }
    }
    expect(Object.keys(feeds).length).toBeGreaterThan(10);
    const names = Object.keys(feeds);
    for (let i = 0; i < names.length; i += 500) {
      const batch = Object.fromEntries(names.slice(i, i + 500).map((n) => [n, feeds[n]!]));
      expect(await atomErrors(batch)).toEqual([]);
    }
    const rfc = names.flatMap((n) => rfcProblems(feeds[n]!).map((p) => `${n}: ${p}`));
    expect(rfc).toEqual([]);
  }, 120_000);
});
