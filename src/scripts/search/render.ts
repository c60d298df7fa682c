/**
 * One search result as a list item. A result found by a former name says so and names the unit
 * it is now part of: "Xã Quảng Vinh (cũ) — huyện Quảng Xương, tỉnh Thanh Hóa — Nay thuộc
 * Phường Nam Sầm Sơn". Built with DOM calls (textContent), never from HTML strings.
 */
import type { Hit } from '../../lib/outputs/search/engine.ts';
import type { FormerTuple } from '../../lib/outputs/search/result-data.ts';
import { RELEVANCE, TIER } from '../../lib/outputs/search/rerank.ts';

export type Strings = Record<string, string>;

/** Fills "{name}" placeholders of a UI string. */
export function fill(template: string | undefined, params: Record<string, string>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** "huyện Quảng Xương, tỉnh Thanh Hóa" from a former unit (parts it has). */
function formerPlace(f: FormerTuple): string {
  const district = f[3] ? `${lowerFirst(f[2])} ${f[3]}` : '';
  const province = f[5] ? `${lowerFirst(f[4])} ${f[5]}` : '';
  return [district, province].filter(Boolean).join(', ');
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** What the line under the title says about a current unit: "Xã thuộc Tỉnh Đồng Nai". */
function describe(hit: Hit, s: Strings): string {
  const d = hit.data;
  if (d?.p) return fill(s['search.hit.inProvince'], { type: d.t, province: `${d.p[0]} ${d.p[1]}` });
  if (hit.kind) return s[`search.kind.${hit.kind}`] ?? '';
  return '';
}

/**
 * What the status line says: found, nothing found, or found only in part — no place matches
 * every word, and the results shown are the places some of the words name.
 */
export function statusKey(hits: readonly Hit[]): string {
  if (!hits.length) return 'search.none';
  return hits[0]!.match.relevance === RELEVANCE.partial ? 'search.partial' : 'search.found';
}

export interface HitText {
  /** "Phường Nam Sầm Sơn", or for a former name "Xã Quảng Vinh (cũ)". */
  title: string;
  /** "Phường thuộc Tỉnh Thanh Hóa", or the former unit's district and province. */
  meta: string;
  /** "Nay thuộc Phường Nam Sầm Sơn, Tỉnh Thanh Hóa", "Gồm xã, phường của huyện … (cũ)". */
  now: string;
  /** For a place the query names only in part, the words it leaves unexplained: "Không khớp: quảng xương". */
  missing: string;
}

/** The words of one result, for the result list and the header box's suggestions. */
export function hitText(hit: Hit, s: Strings): HitText {
  const former = hit.match.former;
  const via = hit.match.via ?? hit.match.tier;
  const missing = hit.match.relevance === RELEVANCE.partial && hit.match.missing?.length ? fill(s['search.hit.missing'], { words: hit.match.missing.join(' ') }) : '';
  if (former && via === TIER.former) {
    const unit = hit.data?.p ? `${hit.title}, ${hit.data.p[0]} ${hit.data.p[1]}` : hit.title;
    return {
      title: fill(s['search.hit.former'], { name: `${former[0]} ${former[1]}` }),
      meta: formerPlace(former),
      now: fill(s[former[6] === 'partial' ? 'search.hit.nowPartPartial' : 'search.hit.nowPart'], { unit }),
      missing,
    };
  }
  const now = former && via === TIER.formerDistrict ? fill(s['search.hit.formerDistrict'], { district: `${lowerFirst(former[2])} ${former[3]}` }) : '';
  return { title: hit.title, meta: describe(hit, s), now, missing };
}

export function renderHit(hit: Hit, s: Strings): HTMLLIElement {
  const text = hitText(hit, s);
  const li = el('li', 'hit');
  const link = el('a', 'hit-title', text.title);
  link.href = hit.url;
  li.append(link);
  if (text.meta) li.append(el('p', 'hit-meta', text.meta));
  if (text.now) li.append(el('p', 'hit-now', text.now));
  if (text.missing) li.append(el('p', 'hit-missing', text.missing));
  return li;
}
