/**
 * Pagefind, loaded once per page on first use from the site's own bundle (<base>pagefind/):
 * on the main thread, as a search takes a few milliseconds and a worker would cost another 12 KB.
 */
import type { PagefindApi } from '../../lib/outputs/search/engine.ts';
import { RANKING } from '../../lib/outputs/search/options.ts';

interface PagefindModule extends PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
}

/** The site's base path, printed by the layout (src/layouts/Base.astro) from the one configuration. */
export const BASE = (document.documentElement.dataset.base ?? '/').replace(/\/?$/, '/');

let loading: Promise<PagefindApi> | undefined;

export function pagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as PagefindModule;
    await pf.options({ baseUrl: BASE, noWorker: true, ranking: RANKING });
    return pf;
  })();
  // A failed load (offline) is tried again at the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}
