/**
 * The search page in the browser: reads ?q=&loai=&tinh= (the header box and this page's form
 * both submit there), searches as the person types, keeps the URL in step so a search can be
 * shared, and shows results ten at a time. Pagefind is loaded on first use (load.ts).
 */
import { loadHits, runSearch, type Hit, type PagefindResult } from '../../lib/outputs/search/engine.ts';
import { PAGE_SIZE, type SearchFilters } from '../../lib/outputs/search/options.ts';
import { pagefind } from './load.ts';
import { fill, renderHit, statusKey, type Strings } from './render.ts';

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('.search-page');
  const form = root?.querySelector<HTMLFormElement>('form');
  if (!root || !form) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const kind = form.elements.namedItem('loai') as HTMLSelectElement;
  const province = form.elements.namedItem('tinh') as HTMLSelectElement;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  kind.value = params.get('loai') ?? '';
  province.value = params.get('tinh') ?? '';

  let generation = 0;
  let shown: Hit[] = [];
  let pending: Hit[] = [];
  let rest: PagefindResult[] = [];
  /** The query whose results are shown (the box may hold newer words). */
  let shownQuery = '';

  const show = (hits: Hit[]) => {
    for (const h of hits) list.append(renderHit(h, strings));
    shown = shown.concat(hits);
  };

  async function search(push: boolean): Promise<void> {
    const query = input.value.trim();
    const filters: SearchFilters = { loai: kind.value, tinh: province.value };
    const url = new URL(location.href);
    for (const [k, v] of [['q', query], ['loai', kind.value], ['tinh', province.value]] as const) {
      if (v) url.searchParams.set(k, v);
      else url.searchParams.delete(k);
    }
    if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
    const mine = ++generation;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    status.textContent = strings['search.loading'] ?? '';
    try {
      const outcome = await runSearch(await pagefind(), query, filters);
      if (mine !== generation) return; // a newer search has started
      list.replaceChildren();
      shown = [];
      pending = outcome.hits.slice(PAGE_SIZE);
      rest = outcome.rest;
      shownQuery = query;
      show(outcome.hits.slice(0, PAGE_SIZE));
      const count = new Intl.NumberFormat('vi-VN').format(outcome.total);
      const key = statusKey(outcome.hits);
      // Nothing found: say which list former names come from, since a unit merged before it is not in it.
      status.textContent = [fill(strings[key], { count, query }), key === 'search.none' ? strings['search.noneOlder'] : ''].filter(Boolean).join(' ');
      more.hidden = pending.length + rest.length === 0;
    } catch (e) {
      if (mine !== generation) return;
      status.textContent = strings['search.error'] ?? '';
      console.error(e);
    }
  }

  more.addEventListener('click', async () => {
    const first = shown.length;
    let next = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(next.length);
    // Results beyond the re-ranked ones are loaded a page at a time; unrelated ones are left out,
    // and a few pages of them at most are read per click.
    for (let read = 0; next.length < PAGE_SIZE && rest.length && read < 3 * PAGE_SIZE; ) {
      const batch = rest.slice(0, PAGE_SIZE - next.length);
      rest = rest.slice(batch.length);
      read += batch.length;
      next = next.concat(await loadHits(shownQuery, batch));
    }
    show(next);
    more.hidden = pending.length + rest.length === 0;
    list.children[first]?.querySelector('a')?.focus();
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(false), 250);
  });
  input.addEventListener('focus', () => void pagefind(), { once: true });
  kind.addEventListener('change', () => void search(true));
  province.addEventListener('change', () => void search(true));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void search(true);
  });
  addEventListener('popstate', () => {
    const p = new URLSearchParams(location.search);
    input.value = p.get('q') ?? '';
    kind.value = p.get('loai') ?? '';
    province.value = p.get('tinh') ?? '';
    void search(false);
  });
  if (input.value) void search(false);
}
