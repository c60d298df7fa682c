/**
 * Optional enhancement of the charts printed by ChartFigure.astro; every chart is complete without
 * it. Adds: a tooltip on hover, keyboard focus and tap (text from each mark's <title>); one tab
 * stop per chart with arrow keys between marks (Enter opens the area's page on maps); and the map
 * year selector switching the map and ranking in place (the links open the year's page otherwise).
 */

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

/** Swaps the figures of an overview (map, ranking) for those of another year's chart page. */
async function switchYear(link: HTMLAnchorElement): Promise<void> {
  const section = link.closest('.chart-overview') ?? link.closest('figure');
  if (!section) return;
  const res = await fetch(link.href);
  if (!res.ok) throw new Error(String(res.status));
  const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
  for (const part of section.querySelectorAll<HTMLElement>('[data-part]')) {
    const next = doc.querySelector<HTMLElement>(`[data-part="${part.dataset.part}"]`);
    if (!next) continue;
    const node = document.importNode(next, true);
    part.replaceWith(node);
    if (node.matches('figure[data-chart]')) enhanceFigure(node);
  }
  const current = section.querySelector<HTMLAnchorElement>('[data-year-link][aria-current]');
  current?.focus();
  const live = section.querySelector<HTMLElement>('[data-year-status]');
  if (live && current) live.textContent = (live.dataset.template ?? '{year}').replace('{year}', current.textContent ?? '');
}

let listening = false;

export function enhanceCharts(root: ParentNode): void {
  for (const fig of root.querySelectorAll<HTMLElement>('figure[data-chart]')) enhanceFigure(fig);
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
