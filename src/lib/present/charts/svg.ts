/**
 * The few helpers every renderer uses to write SVG as text: escaping, compact numbers,
 * attributes in a fixed order (so the same data always gives the same bytes).
 */

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text and attribute values. */
export function esc(text: string): string {
  return NEEDS_ESC.test(text) ? text.replace(/[&<>"]/g, (c) => ESC[c]!) : text;
}

const NEEDS_ESC = /[&<>"]/;

/** A coordinate with at most one decimal and no redundant characters: 12, 12.5, .5, -.5. */
export function n(value: number): string {
  const r = Math.round(value * 10) / 10;
  if (r === 0) return '0';
  const s = String(r);
  if (r > -1 && r < 1) return r < 0 ? '-' + s.slice(2) : s.slice(1);
  return s;
}

export type Attrs = Record<string, string | number | undefined | false>;

/** ` a="1" b="x"` — undefined and false values are left out; numbers go through `n()`. */
export function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === false) continue;
    out += ` ${k}="${typeof v === 'number' ? n(v) : esc(v)}"`;
  }
  return out;
}

/** `<tag attrs>children</tag>`, or self-closing without children. */
export function el(tag: string, a: Attrs = {}, children?: string): string {
  return children === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${children}</${tag}>`;
}

/** Turns a chart id into a string usable in XML ids: "map/provinces/x/2024" → "c-map-provinces-x-2024". */
export function domId(chartId: string): string {
  return 'c-' + chartId.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/**
 * The root element: a fixed viewBox that scales to its container, with the title and the
 * one-sentence summary as accessible name and description.
 */
export function svgRoot(o: { id: string; width: number; height: number; title: string; summary: string; className: string; body: string; extra?: Attrs }): string {
  const base = domId(o.id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      class: o.className,
      viewBox: `0 0 ${n(o.width)} ${n(o.height)}`,
      width: o.width,
      height: o.height,
      role: 'img',
      'aria-labelledby': `${base}-t`,
      'aria-describedby': `${base}-d`,
      'font-family': 'Arial, "Liberation Sans", "Noto Sans", system-ui, sans-serif',
      'font-size': 12,
      ...o.extra,
    })}>` +
    el('title', { id: `${base}-t` }, esc(o.title)) +
    el('desc', { id: `${base}-d` }, esc(o.summary)) +
    o.body +
    '</svg>'
  );
}

/**
 * A chart's SVG for printing inside its page, where the visible summary under it carries the id
 * `${domId}-d` that aria-describedby points to: the <desc>, the same sentence, is left out.
 * Downloads and embeds keep the full SVG. `hasDesc` says whether there was one to move.
 */
export function svgForPage(svg: string, chartId: string): { svg: string; hasDesc: boolean } {
  const at = svg.indexOf(`<desc id="${domId(chartId)}-d">`);
  const end = at < 0 ? -1 : svg.indexOf('</desc>', at);
  return end < 0 ? { svg, hasDesc: false } : { svg: svg.slice(0, at) + svg.slice(end + '</desc>'.length), hasDesc: true };
}
