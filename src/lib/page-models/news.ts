/**
 * View models of the news (/tin-tuc/, one page per post) and of the "Tin liên quan" list on the
 * pages of the places and indicators a post names (a former unit's posts show on the pages of
 * the units that succeeded it, as its figures do).
 */
import type { Model, NewsPost, Place } from '../data/model.ts';
import { pagesShowing } from '../model/related-places.ts';
import { formatDate } from '../present/format/vi.ts';
import { placeLabelWithParents } from '../present/labels.ts';
import { href, indicatorHref, newsPostPath, paths, placeHref } from '../site/urls.ts';
import { t } from '../../i18n/index.ts';

export interface TagView {
  label: string;
  href?: string;
}

export interface NewsItemView {
  slug: string;
  title: string;
  href: string;
  date: string;
  dateText: string;
  summary: string;
  tags: TagView[];
}

function placeTag(model: Model, place: Place): TagView {
  const page = pagesShowing(model, place).map((p) => placeHref(p)).find(Boolean);
  const tag: TagView = { label: placeLabelWithParents(model, place) };
  if (page) tag.href = page;
  return tag;
}

export function newsItem(model: Model, post: NewsPost): NewsItemView {
  const tags: TagView[] = [
    ...post.placeKeys.map((k) => placeTag(model, model.places.get(k)!)),
    ...post.indicatorIds.map((id) => ({ label: model.indicatorById.get(id)?.nameVi ?? id, href: indicatorHref(id) })),
  ];
  return { slug: post.slug, title: post.title, href: href(newsPostPath(post.slug)), date: post.date, dateText: formatDate(post.date), summary: post.summary, tags };
}

export function newsList(model: Model): NewsItemView[] {
  return model.news.map((p) => newsItem(model, p));
}

export interface RelatedNewsView {
  items: NewsItemView[];
  allHref: string;
  heading: string;
}

const MAX_RELATED = 5;

/** Posts naming a current place or one of the former units its page shows (or showed), newest first. */
export function postsForPlace(model: Model, place: Place): NewsPost[] {
  return model.news.filter((p) => p.placeKeys.some((k) => pagesShowing(model, model.places.get(k)!).includes(place)));
}

export function postsForIndicator(model: Model, indicatorId: string): NewsPost[] {
  return model.news.filter((p) => p.indicatorIds.includes(indicatorId));
}

export function relatedNews(items: NewsItemView[]): RelatedNewsView {
  return { items: items.slice(0, MAX_RELATED), allHref: href(paths.news), heading: t('news.related') };
}
