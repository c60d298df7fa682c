/**
 * What a place or indicator page says about what is new: its recent changes, the news that
 * names it, and how to follow it (its Atom feed); and the feeds a page announces in its <head>.
 */
import type { Model, Place } from '../data/model.ts';
import type { History } from '../model/changes/history.ts';
import { recentChangesForIndicator, recentChangesForPlace, type RecentChangesView } from './recent-changes.ts';
import { newsItem, postsForIndicator, postsForPlace, relatedNews, type RelatedNewsView } from './news.ts';
import { absoluteUrl, href, indicatorFeedPath, placeFeedPath, siteFeedPath } from '../site/urls.ts';
import { siteConfig } from '../site/config.ts';
import { t } from '../../i18n/index.ts';

export interface FollowView {
  summary: string;
  explain: string;
  feedHref: string;
  feedUrl: string;
  addressLabel: string;
}

export interface UpdatesView {
  recent: RecentChangesView;
  news: RelatedNewsView;
  follow?: FollowView;
}

function follow(name: string, feedPath: string | undefined): FollowView | undefined {
  if (!feedPath) return undefined;
  return { summary: t('follow.place', { name }), explain: t('follow.explain', { name }), feedHref: href(feedPath), feedUrl: absoluteUrl(feedPath), addressLabel: t('follow.address') };
}

export function placeUpdates(model: Model, h: History, place: Place, title = place.fullName): UpdatesView {
  const v: UpdatesView = {
    recent: recentChangesForPlace(model, h, place),
    news: relatedNews(postsForPlace(model, place).map((p) => newsItem(model, p))),
  };
  const f = follow(title, placeFeedPath(place));
  if (f) v.follow = f;
  return v;
}

export function indicatorUpdates(model: Model, h: History, indicatorId: string): UpdatesView {
  const name = model.indicatorById.get(indicatorId)!.nameVi;
  return {
    recent: recentChangesForIndicator(model, h, indicatorId),
    news: relatedNews(postsForIndicator(model, indicatorId).map((p) => newsItem(model, p))),
    follow: follow(name, indicatorFeedPath(indicatorId))!,
  };
}

export interface FeedLink {
  title: string;
  href: string;
}

/** The feeds a page announces: its own (place or indicator pages) first, then the site's. */
export function feedLinksForPath(model: Model, pathname: string): FeedLink[] {
  const base = siteConfig().base;
  const path = `/${pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '')}`;
  const links: FeedLink[] = [];
  const m = /^\/(tinh|xa|cum-thi-dua|chi-tieu)\/([A-Za-z0-9_-]+)\/$/.exec(path);
  const level = { tinh: 'province', xa: 'commune', 'cum-thi-dua': 'region' }[m?.[1] ?? ''];
  const place = level ? model.places.get(`${level}:${m![2]}`) : undefined;
  const indicator = m?.[1] === 'chi-tieu' ? model.indicatorById.get(m[2]!) : undefined;
  if (place) links.push({ title: t('feed.linkTitle', { name: place.fullName }), href: href(placeFeedPath(place)!) });
  if (indicator) links.push({ title: t('feed.linkTitle', { name: indicator.nameVi }), href: href(indicatorFeedPath(indicator.id)) });
  links.push({ title: t('feed.siteLinkTitle'), href: href(siteFeedPath) });
  return links;
}

/** "Theo dõi" for the whole site (the changelog and the news pages). */
export function siteFollow(): FollowView {
  return follow(t('site.shortTitle'), siteFeedPath)!;
}
