/**
 * The Atom feeds of a real git history: valid against RFC 4287's schema (RELAX NG, checked by
 * libxml2) and its prose rules the schema cannot say; an entry per release that touched the
 * place or indicator (its former units' changes included), with the change in the entry, and
 * the news posts that name it.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import type { Model } from '../../../src/lib/data/model.ts';
import { buildHistory, type History } from '../../../src/lib/model/changes/history.ts';
import { indicatorFeed, placeFeed, siteFeed } from '../../../src/lib/outputs/feeds/feeds.ts';
import { feedStylesheet } from '../../../src/lib/outputs/feeds/stylesheet.ts';
import { siteConfig } from '../../../src/lib/site/config.ts';
import { TempRepo } from './git-repo.ts';
import { atomErrors, rfcProblems } from './atom.ts';

const repo = new TempRepo('xhht-feeds-');
const HUE = 'former_province,46,Thừa Thiên Huế,learning_families_pct,result';
let model: Model;
let history: History;

beforeAll(() => {
  repo.seed().commit('Số liệu đầu tiên');
  repo.write('observations/figures.csv', repo.read('observations/figures.csv').replace(`${HUE},2024,81.5,more_than`, `${HUE},2024,65,`));
  repo.commit('Sửa số liệu Huế 2024 & các mục <khác>');
  repo.write('tin-tuc/2026-01-03-bao-cao.mdx', '---\ntitle: Báo cáo năm của Huế\ndate: 2026-01-03\nsummary: Tóm tắt <ngắn> & rõ.\nplaces: [46]\nindicators: [learning_families_pct]\n---\n\nNội dung.\n');
  repo.commit('Tin mới');
  model = loadDataset(repo.data, repo.root).model!;
  history = buildHistory(model, repo.data);
});
afterAll(() => rmSync(repo.root, { recursive: true, force: true }));

describe('Atom feeds', () => {
  it('are valid Atom 1.0 for the site, a province, a commune and an indicator', async () => {
    const feeds = {
      'site.xml': siteFeed(model, history),
      'province.xml': placeFeed(model, history, model.places.get('province:46')!),
      'commune.xml': placeFeed(model, history, model.places.get('commune:19885')!),
      'empty.xml': placeFeed(model, history, model.places.get('province:12')!),
      'indicator.xml': indicatorFeed(model, history, 'learning_families_pct'),
    };
    expect(await atomErrors(feeds)).toEqual([]);
    for (const [name, xml] of Object.entries(feeds)) expect(rfcProblems(xml), name).toEqual([]);
  });

  it('catch what is not Atom', async () => {
    const xml = placeFeed(model, history, model.places.get('province:46')!);
    expect(await atomErrors({ 'bad.xml': xml.replace(/<updated>[^<]*<\/updated>/, '<updated>03/01/2026</updated>') })).not.toEqual([]);
    expect(await atomErrors({ 'bad.xml': xml.replace(/<title>[^<]*<\/title>/, '') })).not.toEqual([]);
  });

  it('give a province its former units\' changes, with old and new value, and its news', () => {
    const xml = placeFeed(model, history, model.places.get('province:46')!);
    const entries = [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toContain('<title type="html"><![CDATA[Báo cáo năm của Huế]]></title>');
    expect(entries[0]).toContain('Tóm tắt &lt;ngắn&gt; &amp; rõ.');
    expect(entries[1]).toContain('Sửa số liệu Huế 2024 &amp; các mục &lt;khác&gt;');
    expect(entries[1]).toContain('Sửa kết quả Tỷ lệ gia đình được công nhận Gia đình học tập (công nhận), Thành phố Huế (cũ), năm 2024: hơn 81,5% → 65%');
    expect(entries[1]).toContain('Tiến độ Tỷ lệ gia đình được công nhận Gia đình học tập, Thành phố Huế (cũ): Đã đạt mục tiêu → Chưa đạt mục tiêu (mới có một số liệu)');
  });

  it('change only when something is new: an empty feed is dated by the data version, never by the build', () => {
    const empty = placeFeed(model, history, model.places.get('province:12')!);
    expect(/<feed[^>]*>[\s\S]*?<updated>([^<]*)<\/updated>/.exec(empty)![1]).toBe(new Date(siteConfig().dataVersionDate).toISOString());
    const full = placeFeed(model, history, model.places.get('province:46')!);
    const newest = [...full.matchAll(/<entry>[\s\S]*?<updated>([^<]*)<\/updated>/g)].map((m) => m[1]!).sort().at(-1);
    expect(/<feed[^>]*>[\s\S]*?<updated>([^<]*)<\/updated>/.exec(full)![1]).toBe(newest);
  });

  it('name the stylesheet that shows them in a browser, and stay Atom', () => {
    const xml = siteFeed(model, history);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<\?xml-stylesheet href="\/nguon-tin\.xsl" type="text\/xsl"\?>/);
    const xsl = feedStylesheet();
    expect(xsl).toContain('<xsl:output method="html"');
    expect(xsl).toContain("atom:link[@rel='self']/@href");
    expect(xsl).toContain('Cách theo dõi');
  });

  it('leave out what happened elsewhere', () => {
    const lai = placeFeed(model, history, model.places.get('province:12')!);
    expect(lai).not.toContain('<entry>');
    const members = indicatorFeed(model, history, 'members_count');
    expect(members.match(/<entry>/g)).toHaveLength(1);
  });
});
