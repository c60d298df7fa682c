/**
 * The title of a release, said in plain Vietnamese from what it changed, never from the commit
 * message (which a developer may write in English): "05/12/2026: 3 số liệu thêm, 1 số liệu sửa,
 * 3 số liệu bỏ ở Tỉnh Ninh Bình và 2 nơi khác". The message is shown apart, as the note of the
 * person who made the update. The same words serve a whole release and the part of it one page
 * or one indicator sees.
 */
import type { Model, Place } from '../../data/model.ts';
import { pagesShowing } from '../../model/related-places.ts';
import { t } from '../../../i18n/index.ts';
import { formatNumber } from '../format/vi.ts';
import { compareVi } from '../../text/collate.ts';
import type { ChangeRowView, StatusRowView } from './view.ts';

export interface Counts {
  added: number;
  changed: number;
  removed: number;
  targets: number;
  statuses: number;
}

export type AnyRow = ChangeRowView | StatusRowView;
const isFigure = (r: AnyRow): r is ChangeRowView => 'figureKind' in r;

export function countRows(rows: readonly AnyRow[]): Counts {
  const c: Counts = { added: 0, changed: 0, removed: 0, targets: 0, statuses: 0 };
  for (const r of rows) {
    if (!isFigure(r)) c.statuses++;
    else if (r.figureKind === 'target') c.targets++;
    else c[r.kind]++;
  }
  return c;
}

/** "3 số liệu thêm, 1 số liệu sửa, 2 mục tiêu thay đổi"; statuses only when nothing else changed. */
export function countsPhrase(c: Counts): string {
  const keys = (['added', 'changed', 'removed', 'targets'] as const).filter((k) => c[k] > 0);
  if (keys.length === 0 && c.statuses > 0) return t('changes.name.count.statuses', { count: formatNumber(c.statuses) });
  if (keys.length === 0) return t('changes.name.count.none');
  return keys.map((k) => t(`changes.name.count.${k}`, { count: formatNumber(c[k]) })).join(', ');
}

const ORDER = ['national', 'region', 'province'];

/** The province (or the nation, a cluster) whose page, or whose communes' pages, show a place's figures. */
function topPlaces(model: Model, place: Place): Place[] {
  const out = new Set<Place>();
  for (const p of pagesShowing(model, place)) out.add(p.level === 'commune' && p.parentKey ? model.places.get(p.parentKey) ?? p : p);
  return [...out];
}

/** "Tỉnh Ninh Bình", "Tỉnh A và Tỉnh B", "Tỉnh Ninh Bình và 2 nơi khác": the places most changed first. */
export function placesPhrase(model: Model, rows: readonly AnyRow[]): string | undefined {
  const count = new Map<Place, number>();
  for (const r of rows) {
    const place = model.places.get(r.placeKey);
    if (place) for (const top of topPlaces(model, place)) count.set(top, (count.get(top) ?? 0) + 1);
  }
  const places = [...count.keys()].sort(
    (a, b) => count.get(b)! - count.get(a)! || ORDER.indexOf(a.level) - ORDER.indexOf(b.level) || compareVi(a.fullName, b.fullName),
  );
  if (places.length === 0) return undefined;
  if (places.length === 1) return places[0]!.fullName;
  if (places.length === 2) return t('changes.name.two', { a: places[0]!.fullName, b: places[1]!.fullName });
  return t('changes.name.more', { a: places[0]!.fullName, count: formatNumber(places.length - 1) });
}

/**
 * What a release or its part changed: `where` says where the figures are ("ở Tỉnh Ninh Bình và 2
 * nơi khác"), `about` which page's changes these are (a place's feed); neither on the page itself.
 */
export function changeWhat(counts: Counts, opts: { where?: string; about?: string } = {}): string {
  const what = countsPhrase(counts);
  if (opts.about) return t('changes.name.about', { what, name: opts.about });
  if (opts.where) return t('changes.name.where', { what, where: opts.where });
  return what;
}

/** "05/12/2026: …", the title of a release (or of its part) in lists, pages and feeds. */
export const changeTitle = (dateText: string, what: string): string => t('changes.name', { date: dateText, what });

/** A commit message cut at a word before `max` characters, for lists; the release page has it whole. */
export function shortNote(message: string, max = 140): string {
  const text = message.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
