/**
 * Optional enhancement of the charts printed by ChartFigure.astro; every chart is complete without
 * it. Adds: a tooltip on hover, keyboard focus and tap (text from each mark's <title>); one tab
 * stop per chart with arrow keys between marks (Enter opens the area's page on maps); the map
 * year selector switching the map and ranking in place (the links open the year's page otherwise)
 * and, on the national page, the choice of indicator; both kept in the address (?nam=, ?chi-tieu=).
 */
import { INDICATOR_PARAM, YEAR_PARAM } from '../../lib/site/compare-url.ts';

function hrefOf(svg: SVGSVGElement, mark: Element): string | undefined {
  const pattern = svg.getAttribute('data-href');
  const code = mark.getAttribute('data-k');
  return pattern && code ? pattern.replace('{code}', code) : undefined;
}

function enhanceFigure(fig: HTMLElement): void {
  if (fig.dataset.enhanced) return;
  fig.dataset.enhanced = '1';
  const svg = fig.querySelector<SVGSVGElement>('svg.c-svg');
  const marks = svg ? [...svg.querySelectorAll<SVGElement>('.mk')] : [];
  if (!svg || !marks.length) return;

  // The marks become reachable one by one; their <title> becomes their label and our tooltip.
  svg.setAttribute('role', 'group');
  marks.forEach((m, i) => {
    const title = m.querySelector('title');
    const text = title?.textContent ?? '';
    title?.remove();
    m.dataset.tip = text;
    m.setAttribute('role', 'img');
    m.setAttribute('aria-label', text);
    m.setAttribute('tabindex', i === 0 ? '0' : '-1');
  });

  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.hidden = true;
  tip.setAttribute('aria-hidden', 'true');
  fig.append(tip);
  let shown: Element | undefined;

  const show = (m: SVGElement) => {
    shown = m;
    tip.textContent = m.dataset.tip ?? '';
    tip.hidden = false;
    const f = fig.getBoundingClientRect();
    const r = m.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2 - f.left - tip.offsetWidth / 2, 0), f.width - tip.offsetWidth);
    const above = r.top - f.top - tip.offsetHeight - 6;
    tip.style.left = `${x}px`;
    tip.style.top = `${above >= 0 ? above : r.bottom - f.top + 6}px`;
  };
  const hide = () => {
    shown = undefined;
    tip.hidden = true;
  };
  const markOf = (e: Event) => (e.target instanceof Element ? e.target.closest<SVGElement>('.mk') : null);
  const focusMark = (i: number) => {
    const next = marks[(i + marks.length) % marks.length]!;
    for (const m of marks) m.setAttribute('tabindex', m === next ? '0' : '-1');
    next.focus();
  };

  svg.addEventListener('pointerover', (e) => {
    const m = markOf(e);
    if (m && e.pointerType === 'mouse') show(m);
  });
  svg.addEventListener('pointerleave', hide);
  svg.addEventListener('focusin', (e) => {
    const m = markOf(e);
    if (m) show(m);
  });
  svg.addEventListener('focusout', hide);
  svg.addEventListener('click', (e) => {
    const m = markOf(e);
    if (!m) return hide();
    const href = hrefOf(svg, m);
    // On touch, the first tap shows the tooltip and a second tap on the same area follows its link.
    const touch = (e as PointerEvent).pointerType === 'touch';
    if (href && (!touch || shown === m)) window.location.href = href;
    else show(m);
  });
  svg.addEventListener('keydown', (e) => {
    const m = markOf(e);
    if (!m) return;
    const i = marks.indexOf(m);
    const keys: Record<string, number> = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: marks.length - 1 };
    if (e.key in keys) {
      e.preventDefault();
      focusMark(keys[e.key]!);
    } else if (e.key === 'Escape') hide();
    else if (e.key === 'Enter') {
      const href = hrefOf(svg, m);
      if (href) window.location.href = href;
    }
  });
}

// ---- views in the address: ?nam= (year), ?chi-tieu= (indicator) — src/lib/site/compare-url.ts ----

/** Whether the address asks for a view other than the page's default. */
export function hasViewParams(): boolean {
  const q = new URLSearchParams(location.search);
  return q.has(YEAR_PARAM) || q.has(INDICATOR_PARAM);
}

const currentLink = (section: Element) => section.querySelector<HTMLAnchorElement>('[data-year-link][aria-current]');
/** The `?nam=` value a year link is written with (the first of its data-nam values). */
const paramOf = (link: HTMLAnchorElement | null) => link?.dataset.nam?.split(' ')[0] ?? '';
const overviewOf = (el: Element) => el.closest<HTMLElement>('.chart-overview') ?? el.closest<HTMLElement>('figure');

/** Swaps the figures of an overview (map, ranking) for those of another chart page. */
async function swapFrom(section: HTMLElement, url: string): Promise<void> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(String(res.status));
  const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
  for (const part of section.querySelectorAll<HTMLElement>('[data-part]')) {
    const next = doc.querySelector<HTMLElement>(`[data-part="${part.dataset.part}"]`);
    if (!next) continue;
    const node = document.importNode(next, true);
    part.replaceWith(node);
    if (node.matches('figure[data-chart]')) enhanceFigure(node);
  }
  const missing = section.querySelector<HTMLElement>('[data-year-missing]');
  if (missing) missing.hidden = true;
}

function announce(section: HTMLElement, text: string): void {
  const live = section.querySelector<HTMLElement>('[data-year-status]');
  if (live) live.textContent = text;
}

/**
 * Writes the view shown into the address (replaceState: the back button leaves the page, as
 * before), so that a copied or shared address, and the share links, show the same. A chart page
 * (/bieu-do/…) is itself the address of its year.
 */
function writeAddress(section: HTMLElement): void {
  const link = currentLink(section);
  if (section.dataset.viewPath !== undefined) {
    if (link) history.replaceState(history.state, '', link.href);
  } else {
    const url = new URL(location.href);
    const select = section.querySelector<HTMLSelectElement>('[data-indicator-select]');
    if (select && select.value !== select.dataset.default) url.searchParams.set(INDICATOR_PARAM, select.value);
    else url.searchParams.delete(INDICATOR_PARAM);
    const year = paramOf(link);
    if (year && year !== section.dataset.defaultYear) url.searchParams.set(YEAR_PARAM, year);
    else url.searchParams.delete(YEAR_PARAM);
    history.replaceState(history.state, '', url.href);
  }
  syncShareLinks();
  document.dispatchEvent(new CustomEvent('xhht:address'));
}

let sharedUrl: string | undefined;

/**
 * The page's share links (raw and encoded in Zalo's and Facebook's addresses, and in data-url)
 * name the page's canonical address: they get the view's parameters too.
 */
function syncShareLinks(): void {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (!canonical) return;
  const from = sharedUrl ?? canonical;
  const to = canonical.split('?')[0] + location.search;
  if (from === to) return;
  const pairs: [string, string][] = [[from, to], [encodeURIComponent(from), encodeURIComponent(to)]];
  for (const el of document.querySelectorAll('.share-links, .share-links *')) {
    for (const attr of ['href', 'data-url']) {
      const v = el.getAttribute(attr);
      if (!v) continue;
      let next = v;
      for (const [a, b] of pairs) if (next === a || next.endsWith(`=${a}`)) next = next.slice(0, next.length - a.length) + b;
      if (next !== v) el.setAttribute(attr, next);
    }
  }
  sharedUrl = to;
}

async function switchYear(link: HTMLAnchorElement, user = true): Promise<void> {
  const section = overviewOf(link);
  if (!section) return;
  await swapFrom(section, link.href);
  const current = currentLink(section);
  if (user) current?.focus();
  if (current) announce(section, (section.querySelector<HTMLElement>('[data-year-status]')?.dataset.template ?? '{year}').replace('{year}', current.textContent ?? ''));
  writeAddress(section);
}

/** The national page's choice of indicator: its default map swapped in, the link beside it renamed. */
async function switchIndicator(section: HTMLElement, select: HTMLSelectElement, id: string): Promise<boolean> {
  const option = [...select.options].find((o) => o.value === id);
  if (!option) return false;
  await swapFrom(section, option.dataset.href!);
  select.value = id;
  const link = section.querySelector<HTMLAnchorElement>('[data-indicator-link]');
  if (link) {
    link.textContent = option.textContent;
    link.href = option.dataset.page!;
  }
  section.dataset.defaultYear = paramOf(currentLink(section));
  announce(section, (select.dataset.changed ?? '{name}').replace('{name}', option.textContent ?? ''));
  return true;
}

function showMissing(section: HTMLElement, text: string): void {
  const note = section.querySelector<HTMLElement>('[data-year-missing]');
  if (!note) return;
  note.textContent = text;
  note.hidden = false;
}

/**
 * The view the address asks for, restored on load. A year without a map for the indicator (or an
 * unknown indicator) leaves the default shown, says so beside the selector, and drops the value
 * from the address, which then says what is shown.
 */
async function restoreView(section: HTMLElement): Promise<void> {
  const q = new URLSearchParams(location.search);
  const select = section.querySelector<HTMLSelectElement>('[data-indicator-select]');
  const id = q.get(INDICATOR_PARAM);
  if (select && id && id !== select.value && !(await switchIndicator(section, select, id))) {
    showMissing(section, (select.dataset.missing ?? '{id}').replace('{id}', id));
  }
  const year = q.get(YEAR_PARAM);
  if (year) {
    const link = [...section.querySelectorAll<HTMLAnchorElement>('a[data-year-link]')].find((a) => a.dataset.nam?.split(' ').includes(year));
    if (link && !link.hasAttribute('aria-current')) await switchYear(link, false);
    else if (!link) {
      const note = section.querySelector<HTMLElement>('[data-year-missing]');
      const shown = currentLink(section)?.textContent;
      showMissing(section, ((shown ? note?.dataset.template : note?.dataset.templateOne) ?? '').replace('{year}', year).replace('{shown}', shown ?? ''));
    }
  }
  if (id || year) writeAddress(section);
}

function enhanceOverview(section: HTMLElement): void {
  if (section.dataset.viewReady) return;
  section.dataset.viewReady = '1';
  section.dataset.defaultYear = paramOf(currentLink(section));
  const select = section.querySelector<HTMLSelectElement>('[data-indicator-select]');
  if (select) {
    section.querySelector<HTMLElement>('[data-indicator-choice]')!.hidden = false;
    // "Other indicators: see their pages" is for readers without the choice.
    const other = section.querySelector<HTMLElement>('[data-indicator-other]');
    if (other) other.hidden = true;
    select.addEventListener('change', () => {
      switchIndicator(section, select, select.value)
        .then(() => writeAddress(section))
        .catch(() => (window.location.href = select.selectedOptions[0]?.dataset.href ?? window.location.href));
    });
  }
  if (hasViewParams()) restoreView(section).catch(() => undefined);
}

let listening = false;

export function enhanceCharts(root: ParentNode): void {
  for (const fig of root.querySelectorAll<HTMLElement>('figure[data-chart]')) enhanceFigure(fig);
  for (const section of root.querySelectorAll<HTMLElement>('.chart-overview')) enhanceOverview(section);
  if (listening) return;
  listening = true;
  document.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-year-link]') : null;
    if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    switchYear(link).catch(() => {
      window.location.href = link.href;
    });
  });
}
