/**
 * View models of the changelog: the list of releases (/thay-doi/, paginated) and one page per
 * release, each titled from what it changed (present/changes/title.ts) with the commit message
 * as the updater's note. The blocks of place and indicator pages: recent-changes.ts. Strings
 * only; the components print them.
 */
import type { Model } from '../data/model.ts';
import type { History, Release } from '../model/changes/history.ts';
import { diffView, groupByPlace, type ChangeRowView, type DiffView, type PlaceGroup, type StatusRowView } from '../present/changes/view.ts';
import { changeTitle, changeWhat, countRows, placesPhrase, shortNote, type Counts } from '../present/changes/title.ts';
import { formatDate, formatNumber } from '../present/format/vi.ts';
import { t } from '../../i18n/index.ts';
import { changesPagePath, href, releasePath, repositoryArchiveUrl, repositoryCommitUrl, repositoryTreeUrl } from '../site/urls.ts';

export const RELEASES_PER_PAGE = 20;
/** A release page lists its figures one by one up to this many; beyond, it counts them per place. */
export const MAX_LISTED_ROWS = 600;

export type { Counts };

export interface ReleaseSummaryView {
  id: string;
  href: string;
  /** ISO date-time (for <time> and feeds). */
  date: string;
  dateText: string;
  /** Said from what changed ("05/12/2026: 3 số liệu thêm … ở Tỉnh Ninh Bình và 2 nơi khác"). */
  title: string;
  /** The title without its date, after a <time>. */
  what: string;
  /** "Ghi chú của người cập nhật". */
  noteLabel: string;
  /** The commit message's first line, whole, and cut short for lists. */
  note: string;
  noteShort: string;
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

const summaries = new WeakMap<Release, ReleaseSummaryView>();

/** A release in a list: its title from what changed, its note, who made it. */
export function releaseSummary(model: Model, r: Release): ReleaseSummaryView {
  const hit = summaries.get(r);
  if (hit) return hit;
  const counts = countsOf(r);
  const rows = releaseRows(model, r);
  const byText =
    r.committerName && r.committerName !== r.authorName
      ? t('changes.byWithCommitter', { author: r.authorName, committer: r.committerName })
      : t('changes.by', { author: r.authorName });
  const dateText = releaseDateText(r.date);
  const where = placesPhrase(model, [...rows.results, ...rows.targets, ...rows.statuses]);
  const what = changeWhat(counts, where ? { where } : {});
  const v: ReleaseSummaryView = {
    id: r.id,
    href: href(releasePath(r.id)),
    date: r.date,
    dateText,
    title: changeTitle(dateText, what),
    what,
    noteLabel: t('changes.note'),
    note: r.subject,
    noteShort: shortNote(r.subject),
    byText,
    counts,
    countsText: countsText(counts),
    hasNotes: r.left.length > 0,
  };
  summaries.set(r, v);
  return v;
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
export function changesIndexPages(model: Model, h: History): ChangesIndexView[] {
  const pages = Math.max(1, Math.ceil(h.releases.length / RELEASES_PER_PAGE));
  const note = historyNote(h);
  const out: ChangesIndexView[] = [];
  for (let page = 1; page <= pages; page++) {
    const v: ChangesIndexView = {
      page,
      pages,
      releases: h.releases.slice((page - 1) * RELEASES_PER_PAGE, page * RELEASES_PER_PAGE).map((r) => releaseSummary(model, r)),
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
    summary: releaseSummary(model, r),
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
