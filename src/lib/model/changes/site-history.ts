/**
 * The changelog of this build's data folder, computed once per build from its git history.
 * A failure to read the history never stops the build: the changelog then says it is
 * unavailable, and the reason is printed for the person running the build.
 */
import { getModel } from '../../data/site-model.ts';
import { siteConfig } from '../../site/config.ts';
import { buildHistory, type History } from './history.ts';

const SHARED = Symbol.for('xhht.site-history');

/** On globalThis: Astro's bundled pages and the build script each hold their own copy of this module. */
export function siteHistory(): History {
  const g = globalThis as Record<symbol, { dir: string; history: History } | undefined>;
  const dir = siteConfig().dataDir;
  const hit = g[SHARED];
  if (hit?.dir === dir) return hit.history;
  let h: History;
  try {
    h = buildHistory(getModel(), dir);
  } catch (e) {
    console.error('Không đọc được lịch sử git của thư mục dữ liệu; trang Thay đổi sẽ ghi là không có lịch sử.\nCould not read the data folder\'s git history:', e);
    h = { unavailable: 'no-git', truncated: false, dataPath: '', releases: [], commitsRead: 0 };
  }
  g[SHARED] = { dir, history: h };
  return h;
}
