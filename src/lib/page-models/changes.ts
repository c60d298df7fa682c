/**
 * View models of the changelog: the list of releases (/thay-doi/, paginated), one page per
 * release, and the "Thay đổi gần đây" block of every place and indicator page. Strings only;
 * the components print them.
 */
import type { Model, Place } from '../data/model.ts';
import type { History, Release } from '../model/changes/history.ts';
import { relatedPlaces } from '../model/related-places.ts';
import { diffView, groupByPlace, type ChangeRowView, type DiffView, type PlaceGroup, type StatusRowView } from '../present/changes/view.ts';
import { formatDate, formatNumber } from '../present/format/vi.ts';
import { t } from '../../i18n/index.ts';
import { changesPagePath, href, releasePath, repositoryArchiveUrl, repositoryCommitUrl, repositoryTreeUrl } from '../site/urls.ts';

export const RELEASES_PER_PAGE = 20;
/** A release page lists its figures one by one up to this many; beyond, it counts them per place. */
export const MAX_LISTED_ROWS = 600;
const RECENT_RELEASES = 5;
const RECENT_LINES = 6;

export interface Counts {
  added: number;
  changed: number;
  removed: number;
  targets: number;
  statuses: number;
}

export interface ReleaseSummaryView {
  id: string;
  href: string;
  /** ISO date-time (for <time> and feeds). */
  date: string;
  dateText: string;
  subject: string;
  byText: string;
  counts: Counts;
  countsText: string;
  hasNotes: boolean;
}

export function countsOf(r: Release): Counts {
  const k = (kind: string) => r.diff.results.filter((c) => c.kind === kind).length;
  return { added: k('added'), changed: k('changed'), removed: k('removed'), targets: r.diff.targets.length, statuses: r.diff.statuses.length };
}

export function countsText(c: Counts): string {
  const parts = (['added', 'changed', 'removed', 'targets', 'statuses'] as const).filter((k) => c[k] > 0).map((k) => t(`changes.count.${k}`, { count: formatNumber(c[k]) }));
  return parts.length ? parts.join(' · ') : t('changes.count.none');
}

/** "dd/mm/yyyy" of the commit's own calendar day (its offset), as the committer saw it. */
export const releaseDateText = (iso: string): string => formatDate(iso.slice(0, 10));

export function releaseSummary(r: Release): ReleaseSummaryView {
  const counts = countsOf(r);
  const byText =
    r.committerName && r.committerName !== r.authorName
      ? t('changes.byWithCommitter', { author: r.authorName, committer: r.committerName })
      : t('changes.by', { author: r.authorName });
  return { id: r.id, href: href(releasePath(r.id)), date: r.date, dateText: releaseDateText(r.date), subject: r.subject, byText, counts, countsText: countsText(counts), hasNotes: r.left.length > 0 };
}

/** Why the changelog is empty or starts late, or undefined when it is complete. */
export function historyNote(h: History): string | undefined {
  if (h.unavailable) return t(`changes.unavailable.${h.unavailable}`);
  if (h.truncated && h.since) return t('changes.truncated', { date: releaseDateText(h.since) });
  return undefined;
}

export interface PageLink {
  label: string;
  href: string;
  current: boolean;
}

export interface ChangesIndexView {
  page: number;
  pages: number;
  releases: ReleaseSummaryView[];
  note?: string;
  links: PageLink[];
  prevHref?: string;
  nextHref?: string;
  totalText: string;
}

/** Every page of the list, newest releases first; one (empty) page when there is none. */
export function changesIndexPages(h: History): ChangesIndexView[] {
  const pages = Math.max(1, Math.ceil(h.releases.length / RELEASES_PER_PAGE));
  const note = historyNote(h);
  const out: ChangesIndexView[] = [];
  for (let page = 1; page <= pages; page++) {
    const v: ChangesIndexView = {
      page,
      pages,
      releases: h.releases.slice((page - 1) * RELEASES_PER_PAGE, page * RELEASES_PER_PAGE).map(releaseSummary),
      links: Array.from({ length: pages }, (_, i) => ({ label: formatNumber(i + 1), href: href(changesPagePath(i + 1)), current: i + 1 === page })),
      totalText: t('changes.total', { count: formatNumber(h.releases.length) }),
    };
    if (note) v.note = note;
    if (page > 1) v.prevHref = href(changesPagePath(page - 1));
    if (page < pages) v.nextHref = href(changesPagePath(page + 1));
    out.push(v);
  }
  return out;
}

const views = new WeakMap<Release, DiffView>();
/** The rows of a release, said with today's names; computed once per release. */
export function releaseRows(model: Model, r: Release): DiffView {
  let v = views.get(r);
  if (!v) views.set(r, (v = diffView(model, r.diff)));
  return v;
}

export interface ReleasePageView {
  summary: ReleaseSummaryView;
  /** The rest of the commit message, its line breaks kept (printed with white-space: pre-line). */
  body: string;
  commitUrl: string;
  dataUrl: string;
  archiveUrl: string;
  results: PlaceGroup<ChangeRowView>[];
  targets: PlaceGroup<ChangeRowView>[];
  statuses: StatusRowView[];
  /** When there are too many rows to list: counts per place instead. */
  byPlace?: { label: string; text: string }[];
  notes: string[];
  moreNotes?: string;
  figureCountText: string;
}

export function releasePageView(model: Model, h: History, r: Release): ReleasePageView {
  const rows = releaseRows(model, r);
  const v: ReleasePageView = {
    summary: releaseSummary(r),
    body: r.body,
    commitUrl: repositoryCommitUrl(r.sha),
    dataUrl: repositoryTreeUrl(r.sha, h.dataPath || '.'),
    archiveUrl: repositoryArchiveUrl(r.sha),
    results: [],
    targets: [],
    statuses: rows.statuses,
    notes: r.left.slice(0, 20).map((p) => `${p.file}${p.line ? `:${p.line}` : ''} — ${p.message.vi}`),
    figureCountText: t('changes.figureCount', { count: formatNumber(r.figureCount) }),
  };
  if (r.left.length > 20) v.moreNotes = t('changes.moreNotes', { count: formatNumber(r.left.length - 20) });
  if (rows.results.length + rows.targets.length <= MAX_LISTED_ROWS) {
    v.results = groupByPlace(rows.results);
    v.targets = groupByPlace(rows.targets);
  } else {
    v.byPlace = groupByPlace([...rows.results, ...rows.targets]).map((g) => ({ label: g.placeLabel, text: countsText(countRows(g.rows)) }));
  }
  return v;
}

function countRows(rows: ChangeRowView[]): Counts {
  const k = (kind: string) => rows.filter((r) => r.figureKind === 'result' && r.kind === kind).length;
  return { added: k('added'), changed: k('changed'), removed: k('removed'), targets: rows.filter((r) => r.figureKind === 'target').length, statuses: 0 };
}

export interface RecentItemView {
  release: ReleaseSummaryView;
  lines: string[];
  moreText?: string;
}

export interface RecentChangesView {
  items: RecentItemView[];
  note?: string;
  emptyText: string;
  allHref: string;
}

type Indexed = { release: Release; lines: string[] };
const indexes = new WeakMap<History, { byPlace: Map<string, Indexed[]>; byIndicator: Map<string, Indexed[]> }>();

/** Each release's sentences by place key and by indicator, built once per history. */
function index(model: Model, h: History) {
  let ix = indexes.get(h);
  if (ix) return ix;
  ix = { byPlace: new Map(), byIndicator: new Map() };
  for (const release of h.releases) {
    const rows = releaseRows(model, release);
    for (const [map, key] of [[ix.byPlace, 'placeKey'], [ix.byIndicator, 'indicatorId']] as const) {
      const local = new Map<string, string[]>();
      for (const r of [...rows.results, ...rows.targets, ...rows.statuses]) {
        const k = r[key];
        (local.get(k) ?? local.set(k, []).get(k)!).push(r.sentence);
      }
      for (const [k, lines] of local) (map.get(k) ?? map.set(k, []).get(k)!).push({ release, lines });
    }
  }
  indexes.set(h, ix);
  return ix;
}

function recent(h: History, lists: Indexed[][], emptyText: string): RecentChangesView {
  const items = merge(h, lists)
    .slice(0, RECENT_RELEASES)
    .map(({ release, lines }): RecentItemView => {
      const item: RecentItemView = { release: releaseSummary(release), lines: lines.slice(0, RECENT_LINES) };
      if (lines.length > RECENT_LINES) item.moreText = t('changes.moreLines', { count: formatNumber(lines.length - RECENT_LINES) });
      return item;
    });
  const v: RecentChangesView = { items, emptyText, allHref: href(changesPagePath(1)) };
  const note = historyNote(h);
  if (note) v.note = note;
  return v;
}

/** A current place's own changes and those of the former units its page shows. */
export function recentChangesForPlace(model: Model, h: History, place: Place): RecentChangesView {
  const ix = index(model, h);
  const keys = relatedPlaces(model, place).map((r) => r.place.key);
  return recent(h, keys.map((k) => ix.byPlace.get(k) ?? []), t('changes.recent.noneForPlace'));
}

export function recentChangesForIndicator(model: Model, h: History, indicatorId: string): RecentChangesView {
  return recent(h, [index(model, h).byIndicator.get(indicatorId) ?? []], t('changes.recent.noneForIndicator'));
}

/** Releases that touched a place (and its former units), newest first: the place's feed. */
export function releasesForPlace(model: Model, h: History, place: Place): { release: Release; lines: string[] }[] {
  const ix = index(model, h);
  const keys = relatedPlaces(model, place).map((r) => r.place.key);
  return merge(h, keys.map((k) => ix.byPlace.get(k) ?? []));
}

export function releasesForIndicator(model: Model, h: History, indicatorId: string): { release: Release; lines: string[] }[] {
  return merge(h, [index(model, h).byIndicator.get(indicatorId) ?? []]);
}

/** The releases in some lists, newest first (the order of h.releases), with all their lines. */
function merge(h: History, lists: Indexed[][]): { release: Release; lines: string[] }[] {
  const byRelease = new Map<Release, string[]>();
  for (const list of lists) for (const e of list) (byRelease.get(e.release) ?? byRelease.set(e.release, []).get(e.release)!).push(...e.lines);
  return h.releases.filter((r) => byRelease.has(r)).map((release) => ({ release, lines: byRelease.get(release)! }));
}
