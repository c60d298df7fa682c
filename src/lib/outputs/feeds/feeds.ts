/**
 * Atom 1.0 feeds (RFC 4287): the whole site, each province, each commune, each indicator. An
 * entry per release that touched it, with its changes in the entry (each line names the place,
 * indicator, year, basis and kind of the figure), and the news posts that name it. Written with
 * the `feed` library; tests check every feed against the RFC's schema.
 */
import { Feed } from 'feed';
import type { Model, NewsPost, Place } from '../../data/model.ts';
import type { History, Release } from '../../model/changes/history.ts';
import { releaseRows, releaseSummary, releasesForIndicator, releasesForPlace } from '../../page-models/changes.ts';
import { postsForIndicator, postsForPlace } from '../../page-models/news.ts';
import { t } from '../../../i18n/index.ts';
import { absoluteUrl, changesPath, indicatorFeedPath, indicatorPath, newsPostPath, placeFeedPath, placePath, releasePath, siteFeedPath } from '../../site/urls.ts';
import { siteConfig } from '../../site/config.ts';

/** Feed readers show the newest entries; older ones stay on the changelog pages. */
const MAX_ENTRIES = 50;
const MAX_LINES = 40;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Entry {
  id: string;
  title: string;
  link: string;
  date: Date;
  author?: string;
  summary?: string;
  content?: string;
}

function releaseEntry(r: Release, lines: string[], scope?: string): Entry {
  const s = releaseSummary(r);
  const shown = lines.slice(0, MAX_LINES).map((l) => `<li>${esc(l)}</li>`).join('');
  const more = lines.length > MAX_LINES ? `<p>${esc(t('changes.moreLines', { count: lines.length - MAX_LINES }))}</p>` : '';
  const link = absoluteUrl(releasePath(r.id));
  return {
    id: scope ? `${link}#${scope}` : link,
    title: esc(t('feed.entry.release', { date: s.dateText, subject: r.subject })),
    link,
    date: new Date(r.date),
    author: r.authorName,
    summary: esc(scope ? t('feed.entry.scoped', { count: lines.length }) : s.countsText),
    content: `<p>${esc(s.byText)}</p><ul>${shown}</ul>${more}<p><a href="${esc(link)}">${esc(t('feed.entry.open'))}</a></p>`,
  };
}

function newsEntry(p: NewsPost): Entry {
  const link = absoluteUrl(newsPostPath(p.slug));
  return { id: link, title: esc(p.title), link, date: new Date(`${p.date}T00:00:00+07:00`), summary: esc(p.summary) };
}

function atom(o: { title: string; subtitle: string; pagePath: string; feedPath: string }, entries: Entry[]): string {
  const sorted = entries.sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, MAX_ENTRIES);
  const feed = new Feed({
    id: absoluteUrl(o.pagePath),
    title: o.title,
    description: o.subtitle,
    link: absoluteUrl(o.pagePath),
    feedLinks: { atom: absoluteUrl(o.feedPath) },
    updated: sorted[0]?.date ?? new Date(`${siteConfig().buildDate}T00:00:00Z`),
    author: { name: t('site.title'), link: absoluteUrl('/') },
    copyright: t('feed.rights'),
    generator: t('site.title'),
  });
  for (const e of sorted) {
    const item: Parameters<Feed['addItem']>[0] = { id: e.id, title: e.title, link: e.link, date: e.date };
    if (e.summary) item.description = e.summary;
    if (e.content) item.content = e.content;
    if (e.author) item.author = [{ name: e.author }];
    feed.addItem(item);
  }
  return feed.atom1();
}

/** Every release, with every line of it, and every news post. */
export function siteFeed(model: Model, h: History): string {
  const entries = [
    ...h.releases.map((r) => {
      const rows = releaseRows(model, r);
      return releaseEntry(r, [...rows.results, ...rows.targets, ...rows.statuses].map((x) => x.sentence));
    }),
    ...model.news.map(newsEntry),
  ];
  return atom({ title: t('feed.site.title'), subtitle: t('feed.site.subtitle'), pagePath: changesPath, feedPath: siteFeedPath }, entries);
}

/** A province's or commune's feed: its releases (its own figures and its former units') and news. */
export function placeFeed(model: Model, h: History, place: Place): string {
  const entries = [
    ...releasesForPlace(model, h, place).map((e) => releaseEntry(e.release, e.lines, place.key)),
    ...postsForPlace(model, place).map(newsEntry),
  ];
  return atom({ title: t('feed.place.title', { name: place.fullName }), subtitle: t('feed.place.subtitle', { name: place.fullName }), pagePath: placePath(place)!, feedPath: placeFeedPath(place)! }, entries);
}

export function indicatorFeed(model: Model, h: History, indicatorId: string): string {
  const ind = model.indicatorById.get(indicatorId)!;
  const entries = [
    ...releasesForIndicator(model, h, indicatorId).map((e) => releaseEntry(e.release, e.lines, `chi-tieu-${indicatorId}`)),
    ...postsForIndicator(model, indicatorId).map(newsEntry),
  ];
  return atom({ title: t('feed.indicator.title', { name: ind.nameVi }), subtitle: t('feed.indicator.subtitle', { name: ind.nameVi }), pagePath: indicatorPath(indicatorId), feedPath: indicatorFeedPath(indicatorId) }, entries);
}

/** The response of a feed endpoint. */
export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
