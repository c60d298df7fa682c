/**
 * Atom 1.0 feeds (RFC 4287): the whole site, each province, commune, cluster and indicator. An
 * entry per release that touched it, with its changes in the entry (each line names the place,
 * indicator, year, basis and kind of the figure), and the news posts that name it. Written with
 * the `feed` library; tests check every feed against the RFC's schema.
 */
import { Feed } from 'feed';
import type { Model, NewsPost, Place } from '../../data/model.ts';
import type { History, Release } from '../../model/changes/history.ts';
import { releaseRows, releaseSummary } from '../../page-models/changes.ts';
import { releasesForIndicator, releasesForPlace, scopedTitle, type ScopedRelease } from '../../page-models/recent-changes.ts';
import { postsForIndicator, postsForPlace } from '../../page-models/news.ts';
import { t } from '../../../i18n/index.ts';
import { absoluteUrl, changesPath, feedStylesheetPath, href, indicatorFeedPath, indicatorPath, newsPostPath, placeFeedPath, placePath, releasePath, siteFeedPath } from '../../site/urls.ts';
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

/**
 * One release: its title said from what changed (here, when `scope` names the feed's page or
 * indicator), the person's own message as their note, who made it, and the changes line by line.
 */
function releaseEntry(model: Model, r: Release, lines: string[], title: string, scope?: string): Entry {
  const s = releaseSummary(model, r);
  const shown = lines.slice(0, MAX_LINES).map((l) => `<li>${esc(l)}</li>`).join('');
  const more = lines.length > MAX_LINES ? `<p>${esc(t('changes.moreLines', { count: lines.length - MAX_LINES }))}</p>` : '';
  const message = [r.subject, r.body].filter(Boolean).join('\n\n');
  const link = absoluteUrl(releasePath(r.id));
  return {
    id: scope ? `${link}#${scope}` : link,
    title: esc(title),
    link,
    date: new Date(r.date),
    author: r.authorName,
    summary: esc(scope ? t('feed.entry.scoped', { count: lines.length }) : s.countsText),
    content:
      `<ul>${shown}</ul>${more}` +
      `<p>${esc(s.noteLabel)}: ${esc(message).replace(/\n/g, '<br>')}</p><p>${esc(s.byText)}</p>` +
      `<p><a href="${esc(link)}">${esc(t('feed.entry.open'))}</a></p>`,
  };
}

function newsEntry(p: NewsPost): Entry {
  const link = absoluteUrl(newsPostPath(p.slug));
  return { id: link, title: esc(p.title), link, date: new Date(`${p.date}T00:00:00+07:00`), summary: esc(p.summary) };
}

/**
 * The feed's document. `updated` is its newest entry's date, else the data version's, never the
 * build's: a feed reader sees a change only when there is one. The stylesheet makes a browser
 * show the feed as a page that says what it is and how to follow it (outputs/feeds/stylesheet.ts).
 */
function atom(o: { title: string; subtitle: string; pagePath: string; feedPath: string }, entries: Entry[]): string {
  const sorted = entries.sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, MAX_ENTRIES);
  const feed = new Feed({
    id: absoluteUrl(o.pagePath),
    title: o.title,
    description: o.subtitle,
    link: absoluteUrl(o.pagePath),
    feedLinks: { atom: absoluteUrl(o.feedPath) },
    updated: sorted[0]?.date ?? new Date(siteConfig().dataVersionDate),
    author: { name: t('site.title'), link: absoluteUrl('/') },
    copyright: t('feed.rights'),
    generator: t('site.title'),
    stylesheet: href(feedStylesheetPath),
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
      return releaseEntry(model, r, [...rows.results, ...rows.targets, ...rows.statuses].map((x) => x.sentence), releaseSummary(model, r).title);
    }),
    ...model.news.map(newsEntry),
  ];
  return atom({ title: t('feed.site.title'), subtitle: t('feed.site.subtitle'), pagePath: changesPath, feedPath: siteFeedPath }, entries);
}

const scopedEntry = (model: Model, s: ScopedRelease, title: string, scope: string) =>
  releaseEntry(model, s.release, s.rows.map((r) => r.sentence), title, scope);

/** A province's, commune's or cluster's feed: its releases (its own figures and its former units') and news. */
export function placeFeed(model: Model, h: History, place: Place): string {
  const entries = [
    ...releasesForPlace(model, h, place).map((s) => scopedEntry(model, s, scopedTitle(model, s, { place }), place.key)),
    ...postsForPlace(model, place).map(newsEntry),
  ];
  return atom({ title: t('feed.place.title', { name: place.fullName }), subtitle: t('feed.place.subtitle', { name: place.fullName }), pagePath: placePath(place)!, feedPath: placeFeedPath(place)! }, entries);
}

export function indicatorFeed(model: Model, h: History, indicatorId: string): string {
  const ind = model.indicatorById.get(indicatorId)!;
  const entries = [
    ...releasesForIndicator(model, h, indicatorId).map((s) => scopedEntry(model, s, scopedTitle(model, s, { indicator: true }), `chi-tieu-${indicatorId}`)),
    ...postsForIndicator(model, indicatorId).map(newsEntry),
  ];
  return atom({ title: t('feed.indicator.title', { name: ind.nameVi }), subtitle: t('feed.indicator.subtitle', { name: ind.nameVi }), pagePath: indicatorPath(indicatorId), feedPath: indicatorFeedPath(indicatorId) }, entries);
}

/** The response of a feed endpoint. */
export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
