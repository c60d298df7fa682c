/**
 * A place's changes on its page and in its feed: its own and those of its former units, including
 * figures removed from a unit that now has none (they are filed under the pages that showed them,
 * by the pages' own rule), and titles said in Vietnamese from what changed, whatever language the
 * commit message is in; the message is the updater's note.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import type { Model } from '../../../src/lib/data/model.ts';
import { buildHistory, type History } from '../../../src/lib/model/changes/history.ts';
import { placeFeed } from '../../../src/lib/outputs/feeds/feeds.ts';
import { releasesApi } from '../../../src/lib/outputs/export/releases.ts';
import { changesIndexPages, releaseSummary } from '../../../src/lib/page-models/changes.ts';
import { recentChangesForIndicator, recentChangesForPlace } from '../../../src/lib/page-models/recent-changes.ts';
import { TempRepo } from './git-repo.ts';

const repo = new TempRepo('xhht-recent-');
const FIG = 'observations/figures.csv';
// Huyện Quảng Điền (former district 477): Xã Quảng Vinh went wholly into Xã Đan Điền (19885).
const DISTRICT_ROW = 'former_district,477,Huyện Quảng Điền,members_count,result,2023,5000,,,,,bao-hue-2024,,Huyện Quảng Điền có 5.000 hội viên,';
let model: Model;
let history: History;
const shas: Record<string, string> = {};

beforeAll(() => {
  repo.seed().commit('Số liệu đầu tiên');
  repo.write(FIG, `${repo.read(FIG).trimEnd()}\n${DISTRICT_ROW}\n`);
  shas.add = repo.commit('Thêm số liệu Huyện Quảng Điền');
  repo.write(FIG, repo.read(FIG).replace(`${DISTRICT_ROW}\n`, ''));
  shas.remove = repo.commit('Figures moved: the district row was a copy of the province report (see issue)');
  model = loadDataset(repo.data, repo.root).model!;
  history = buildHistory(model, repo.data);
});
afterAll(() => rmSync(repo.root, { recursive: true, force: true }));

const id = (sha: string) => sha.slice(0, 10);

describe('recent changes of a place', () => {
  it('list a former district\'s removed figures on the province and commune pages that showed them', () => {
    expect(model.observationsByPlace.has('former_district:477')).toBe(false);
    for (const key of ['province:46', 'commune:19885']) {
      const view = recentChangesForPlace(model, history, model.places.get(key)!);
      expect(view.items.map((i) => i.release.id).slice(0, 2), key).toEqual([id(shas.remove!), id(shas.add!)]);
      expect(view.items[0]!.what, key).toBe('1 số liệu bỏ');
      expect(view.items[0]!.lines[0], key).toBe('Bỏ kết quả Số hội viên Hội Khuyến học, Huyện Quảng Điền (cũ), thành phố Huế, năm 2023: 5.000');
    }
    // A commune that got only a sliver of the district, or none, does not see it.
    const other = recentChangesForPlace(model, history, model.places.get('province:12')!);
    expect(other.items).toEqual([]);
  });

  it('put them in the place\'s feed, titled for the place', () => {
    const xml = placeFeed(model, history, model.places.get('commune:19885')!);
    const titles = [...xml.matchAll(/<entry>[\s\S]*?<title type="html"><!\[CDATA\[([^\]]*)\]\]><\/title>/g)].map((m) => m[1]);
    expect(titles.slice(0, 2)).toEqual(['03/01/2026: 1 số liệu bỏ liên quan đến Xã Đan Điền', '02/01/2026: 1 số liệu thêm liên quan đến Xã Đan Điền']);
    expect(xml).toContain('Ghi chú của người cập nhật: Figures moved: the district row was a copy of the province report (see issue)');
  });
});

describe('release titles', () => {
  it('say what changed and where, in Vietnamese, with the message as the updater\'s note', () => {
    const r = history.releases[0]!;
    const s = releaseSummary(model, r);
    expect(s.title).toBe('03/01/2026: 1 số liệu bỏ ở Thành phố Huế');
    expect(s.noteLabel).toBe('Ghi chú của người cập nhật');
    expect(s.note).toBe('Figures moved: the district row was a copy of the province report (see issue)');
    const first = releaseSummary(model, history.releases[2]!);
    expect(first.title).toMatch(/^01\/01\/2026: \d+ số liệu thêm, \d+ mục tiêu thay đổi ở (Thành phố Huế|Việt Nam) và (Thành phố Huế|Việt Nam)$/);
    expect(changesIndexPages(model, history)[0]!.releases.map((x) => x.title)).toContain(s.title);
    const api = releasesApi(model, history, { version: 'v', versionDate: '2026-01-03', date: '2026-01-04', illustrative: false, url: (p) => p }) as { releases: { title: string; message: string }[] };
    expect(api.releases[0]).toMatchObject({ title: s.title, message: s.note });
  });

  it('on an indicator say where the figures are', () => {
    const view = recentChangesForIndicator(model, history, 'members_count');
    expect(view.items[0]!.what).toBe('1 số liệu bỏ ở Thành phố Huế');
  });
});
