/**
 * The versions of the data: every release (a commit that changed figures) with its date and
 * counts, and where its data is (the data folder at that commit, or the repository as a .zip).
 * Printed on the data page and published as /api/v1/phien-ban.json.
 */
import type { Model } from '../../data/model.ts';
import type { History } from '../../model/changes/history.ts';
import { countsOf, historyNote, releaseSummary } from '../../page-models/changes.ts';
import { formatNumber } from '../../present/format/vi.ts';
import { t } from '../../../i18n/index.ts';
import { API_VERSION, type ApiContext } from './api.ts';
import { href, releasePath, repositoryArchiveUrl, repositoryTreeUrl } from '../../site/urls.ts';

export interface VersionRow {
  id: string;
  dateText: string;
  date: string;
  /** The note of the person who made the update, cut short. */
  noteShort: string;
  countsText: string;
  figureCountText: string;
  pageHref: string;
  dataUrl: string;
  archiveUrl: string;
}

export interface VersionsView {
  rows: VersionRow[];
  note?: string;
}

export function versionsView(model: Model, h: History): VersionsView {
  const rows = h.releases.map((r): VersionRow => {
    const c = countsOf(r);
    const s = releaseSummary(model, r);
    return {
      id: r.id,
      date: r.date,
      dateText: s.dateText,
      noteShort: s.noteShort,
      countsText: t('versions.counts', { added: formatNumber(c.added), changed: formatNumber(c.changed), removed: formatNumber(c.removed), targets: formatNumber(c.targets), statuses: formatNumber(c.statuses) }),
      figureCountText: formatNumber(r.figureCount),
      pageHref: href(releasePath(r.id)),
      dataUrl: repositoryTreeUrl(r.sha, h.dataPath || '.'),
      archiveUrl: repositoryArchiveUrl(r.sha),
    };
  });
  const v: VersionsView = { rows };
  const note = historyNote(h);
  if (note) v.note = note;
  return v;
}

export function releasesApi(model: Model, h: History, ctx: ApiContext): Record<string, unknown> {
  const note = historyNote(h);
  return {
    api_version: API_VERSION,
    data_version: ctx.version,
    data_version_date: ctx.versionDate,
    built: ctx.date,
    history_available: !h.unavailable,
    ...(note ? { history_note: note } : {}),
    releases: h.releases.map((r) => {
      const c = countsOf(r);
      return {
        id: r.id,
        commit: r.sha,
        date: r.date,
        title: releaseSummary(model, r).title,
        message: r.subject,
        author: r.authorName,
        counts: { figures_added: c.added, figures_changed: c.changed, figures_removed: c.removed, targets_changed: c.targets, statuses_changed: c.statuses },
        figure_count: r.figureCount,
        page_url: ctx.url(releasePath(r.id)),
        data_url: repositoryTreeUrl(r.sha, h.dataPath || '.'),
        archive_url: repositoryArchiveUrl(r.sha),
      };
    }),
  };
}
