/**
 * What each page of a place or indicator lists of the changelog ("Thay đổi gần đây", its feed):
 * every change is filed under the pages that show, or showed, the figure (present/changes/view.ts
 * `pagePathsOf`, the pages' own rule), so a place sees its own changes and those of its former
 * units, including figures removed from a unit that has none left.
 */
import type { Model, Place } from '../data/model.ts';
import type { History, Release } from '../model/changes/history.ts';
import { changeTitle, changeWhat, countRows, placesPhrase, type AnyRow } from '../present/changes/title.ts';
import { formatNumber } from '../present/format/vi.ts';
import { t } from '../../i18n/index.ts';
import { changesPagePath, href, placePath } from '../site/urls.ts';
import { historyNote, releaseRows, releaseSummary, type ReleaseSummaryView } from './changes.ts';

const RECENT_RELEASES = 5;
const RECENT_LINES = 6;

/** A release as one page or indicator sees it: only its rows there. */
export interface ScopedRelease {
  release: Release;
  rows: AnyRow[];
}

type Index = { byPage: Map<string, ScopedRelease[]>; byIndicator: Map<string, ScopedRelease[]> };
const indexes = new WeakMap<History, Index>();

function file(map: Map<string, ScopedRelease[]>, key: string, release: Release, row: AnyRow): void {
  const list = map.get(key) ?? map.set(key, []).get(key)!;
  const last = list[list.length - 1];
  if (last?.release === release) last.rows.push(row);
  else list.push({ release, rows: [row] });
}

/** Each release's rows by page path and by indicator, built once per history (newest release first). */
function index(model: Model, h: History): Index {
  let ix = indexes.get(h);
  if (ix) return ix;
  ix = { byPage: new Map(), byIndicator: new Map() };
  for (const release of h.releases) {
    const rows = releaseRows(model, release);
    for (const row of [...rows.results, ...rows.targets, ...rows.statuses]) {
      for (const path of row.pagePaths) file(ix.byPage, path, release, row);
      file(ix.byIndicator, row.indicatorId, release, row);
    }
  }
  indexes.set(h, ix);
  return ix;
}

/** Releases that touched a place's page (its own figures and its former units'), newest first. */
export function releasesForPlace(model: Model, h: History, place: Place): ScopedRelease[] {
  const path = placePath(place);
  return path ? index(model, h).byPage.get(path) ?? [] : [];
}

export function releasesForIndicator(model: Model, h: History, indicatorId: string): ScopedRelease[] {
  return index(model, h).byIndicator.get(indicatorId) ?? [];
}

/** What a release changed as a page sees it: a place's ("… liên quan đến Phường Hoa Lư"), an indicator's, or the page's own. */
export function scopedWhat(model: Model, s: ScopedRelease, scope: { place: Place } | { indicator: true } | { page: true }): string {
  const counts = countRows(s.rows);
  if ('place' in scope) return changeWhat(counts, { about: scope.place.fullName });
  const where = 'indicator' in scope ? placesPhrase(model, s.rows) : undefined;
  return changeWhat(counts, where ? { where } : {});
}

/** Its title, with the release's date. */
export const scopedTitle = (model: Model, s: ScopedRelease, scope: Parameters<typeof scopedWhat>[2]): string =>
  changeTitle(releaseSummary(model, s.release).dateText, scopedWhat(model, s, scope));

export interface RecentItemView {
  release: ReleaseSummaryView;
  /** What changed here, without the date ("3 số liệu bỏ"). */
  what: string;
  lines: string[];
  moreText?: string;
}

export interface RecentChangesView {
  items: RecentItemView[];
  note?: string;
  emptyText: string;
  allHref: string;
  allText: string;
}

function recent(model: Model, h: History, list: ScopedRelease[], emptyText: string, scope: { indicator: true } | { page: true }): RecentChangesView {
  const items = list.slice(0, RECENT_RELEASES).map((s): RecentItemView => {
    const lines = s.rows.map((r) => r.sentence);
    const item: RecentItemView = { release: releaseSummary(model, s.release), what: scopedWhat(model, s, scope), lines: lines.slice(0, RECENT_LINES) };
    if (lines.length > RECENT_LINES) item.moreText = t('changes.moreLines', { count: formatNumber(lines.length - RECENT_LINES) });
    return item;
  });
  const v: RecentChangesView = { items, emptyText, allHref: href(changesPagePath(1)), allText: t('changes.recent.all') };
  const note = historyNote(h);
  if (note) v.note = note;
  return v;
}

/** A current place's own changes and those of the former units its page shows (or showed). */
export function recentChangesForPlace(model: Model, h: History, place: Place): RecentChangesView {
  return recent(model, h, releasesForPlace(model, h, place), t('changes.recent.noneForPlace'), { page: true });
}

export function recentChangesForIndicator(model: Model, h: History, indicatorId: string): RecentChangesView {
  return recent(model, h, releasesForIndicator(model, h, indicatorId), t('changes.recent.noneForIndicator'), { indicator: true });
}
