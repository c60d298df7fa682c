/** A status as printed: words (full and short) and whether a qualified figure made it approximate. */
import { STATUS_ORDER, type ProgressStatus } from '../../model/progress/status.ts';
import { st } from './strings.ts';

export interface BadgeView {
  status: ProgressStatus;
  text: string;
  /** Short words for table headers: "Đã đạt", "Cần đẩy nhanh"… */
  shortText: string;
  /** "gần đúng" when a qualified figure was used. */
  approxText?: string;
}

const badges = new Map<string, BadgeView>();

/** Badges are shared, read-only objects (one per status and approximation). */
export function badgeView(status: ProgressStatus, approximate = false): BadgeView {
  const approx = approximate && status !== 'insufficient';
  const key = `${status}|${approx}`;
  let b = badges.get(key);
  if (!b) {
    b = { status, text: st(`progress.status.${status}`), shortText: st(`progress.short.${status}`) };
    if (approx) b.approxText = st('progress.approximate');
    badges.set(key, b);
  }
  return b;
}

/** Every status's badge, in the order of the scale (templates that scripts copy from). */
export const allBadges = (): BadgeView[] => STATUS_ORDER.map((s) => badgeView(s));
