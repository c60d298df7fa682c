/**
 * The header search box as a WAI-ARIA 1.2 combobox with a list popup (list autocomplete, manual
 * selection): matching places appear under the box as the person types; ↓ and ↑ move through
 * them, Enter opens the one chosen (with none chosen, the form goes to the search page), Escape
 * closes the list and a second Escape empties the box; a live region says how many were found.
 * HeaderSearch.astro loads this module, and Pagefind with it, on the box's first focus or input.
 */
import strings from '../../i18n/vi/search.json' with { type: 'json' };
import { runSearch } from '../../lib/outputs/search/engine.ts';
import { SUGGEST_DEPTH } from '../../lib/outputs/search/options.ts';
import { BASE, pagefind } from './load.ts';
import { el, fill, hitText, statusKey, type Strings } from './render.ts';

/** Suggestions shown; the last option always leads to the search page with every result. */
const MAX = 6;
/** Wait after the last keystroke before searching (ms): typing a whole word costs one search. */
const DELAY = 200;
/** A single letter matches nearly every page: suggestions start at the second. */
const MIN_LENGTH = 2;

const s: Strings = strings;

interface Option {
  el: HTMLLIElement;
  url: string;
}

export function attach(input: HTMLInputElement): void {
  if (input.dataset.combobox === 'on') return;
  input.dataset.combobox = 'on';
  const form = input.form!;
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '') as HTMLUListElement | null;
  const status = form.querySelector<HTMLElement>('[role="status"]');
  if (!list || !status) return;

  let options: Option[] = [];
  let active = -1;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function setActive(i: number): void {
    options[active]?.el.setAttribute('aria-selected', 'false');
    active = i;
    const o = options[i];
    if (o) {
      o.el.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', o.el.id);
      o.el.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function open(show: boolean): void {
    const shown = show && options.length > 0;
    list!.hidden = !shown;
    input.setAttribute('aria-expanded', String(shown));
    if (!shown) setActive(-1);
  }

  function option(i: number, url: string, title: string, details: string[]): Option {
    const li = el('li', 'combo-option');
    li.id = `${list!.id}-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.append(el('span', 'combo-title', title));
    for (const d of details) li.append(el('span', 'combo-detail', d));
    li.addEventListener('click', () => location.assign(url));
    return { el: li, url };
  }

  function show(query: string, found: { url: string; title: string; details: string[] }[], total: number, partial: boolean): void {
    const all = `${BASE}tim-kiem/?q=${encodeURIComponent(query)}`;
    options = found.map((f, i) => option(i, f.url, f.title, f.details));
    options.push(option(found.length, all, fill(s[total ? 'search.combo.all' : 'search.combo.page'], { query }), []));
    options.at(-1)!.el.classList.add('combo-all');
    list!.replaceChildren(...options.map((o) => o.el));
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open(document.activeElement === input);
    const count = new Intl.NumberFormat('vi-VN').format(total);
    const key = !total ? 'search.none' : partial ? 'search.combo.partial' : 'search.combo.found';
    status!.textContent = fill(s[key], { count, shown: String(found.length), query });
  }

  async function search(): Promise<void> {
    const query = input.value.trim();
    const mine = ++generation;
    if (query.length < MIN_LENGTH) {
      options = [];
      list!.replaceChildren();
      open(false);
      status!.textContent = '';
      return;
    }
    try {
      const outcome = await runSearch(await pagefind(), query, {}, SUGGEST_DEPTH);
      if (mine !== generation) return; // a newer keystroke has started another search
      const found = outcome.hits.slice(0, MAX).map((h) => {
        const text = hitText(h, s);
        return { url: h.url, title: text.title, details: [text.meta, text.now, text.missing].filter(Boolean) };
      });
      show(query, found, outcome.total, statusKey(outcome.hits) === 'search.partial');
    } catch (e) {
      if (mine !== generation) return;
      status!.textContent = s['search.error'] ?? '';
      console.error(e);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), DELAY);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && !options.length) void search();
  });
  input.addEventListener('keydown', (e) => {
    const expanded = input.getAttribute('aria-expanded') === 'true';
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!options.length) return;
      e.preventDefault();
      if (!expanded) {
        open(true);
        if (e.altKey) return;
      }
      const n = options.length;
      setActive(e.key === 'ArrowDown' ? (active + 1) % n : active <= 0 ? n - 1 : active - 1);
    } else if (e.key === 'Enter' && expanded && active >= 0) {
      e.preventDefault();
      location.assign(options[active]!.url);
    } else if (e.key === 'Escape') {
      if (expanded) open(false);
      else if (input.value) {
        input.value = '';
        void search();
      } else return;
      e.preventDefault();
    }
  });
  // Keep the focus in the box while a suggestion is clicked; close when the focus leaves the form.
  list.addEventListener('mousedown', (e) => e.preventDefault());
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) open(false);
  });
  if (input.value.trim()) void search();
}
