/**
 * Re-ranks Pagefind's first results by how the query *names* a place, which Pagefind cannot see:
 * it scores a bag of prefix-matched words, so "tan phu dong nai" ties "Phường Tân Phú" with
 * "Phường Phước Tân" (both have "tân", "phú…", "Đồng Nai"), and "Hoằng Thanh" beats the province
 * "Thanh Hóa" ("hoa" is the beginning of "hoằng"). Here a query matches a place when one of its
 * names appears in the query as whole words in order, and every other word of the query is its
 * context: the type word, its province, or for a former unit its district and province.
 *
 * Tiers, best first (bench:search measures what each one buys; whole names come before names
 * the query cuts short, see `better`):
 *   5 current name   "tan phu dong nai", "Tân Phú", "thanh pho ho chi minh"
 *   4 former name    "quang vinh quang xuong" → the unit it is now part of
 *   3 current name in former context  "tan phu binh phuoc" (the province it was in before 2025)
 *   2 former district                 "huyen quang xuong" → units that took its communes
 *   1 a name in the query, other words unexplained; 0 no name → Pagefind's order.
 * Diacritics typed are respected word by word: "Vĩnh" excludes "Vinh" (dropped to tier 1), an
 * unaccented word matches both. Old and new tone placement ("Hoá"/"Hóa") count as equal, and so
 * do a name typed as one word ("sapa") and the "c" for a Highlands "k" ("Đắc Lắc"), spelling.ts.
 * A page's relevance (relevance.ts) then decides its place among pages of other kinds, and
 * whether it is shown at all.
 */
import type { FormerTuple, ResultData } from './result-data.ts';
import { STATUS_WORDS, TYPE_PHRASES, explains, fits, roles, tokenize, toneKey, typeBefore, unitType, type QueryTokens } from './query.ts';
import { relevance, RELEVANCE, type PageText } from './relevance.ts';
import { nameForms } from './spelling.ts';

export { explains, toneKey } from './query.ts';
export { RELEVANCE } from './relevance.ts';

export const TIER = { current: 5, former: 4, currentFormerContext: 3, formerDistrict: 2, partial: 1, none: 0 } as const;

export interface Match {
  tier: number;
  /** The former unit (or, at tier 2, a former commune of the district) the query named. */
  former?: FormerTuple;
  /** The query ended inside the name ("tan ph"): ranked after complete names of its tier. */
  complete: boolean;
  /** Every name word was typed with exactly its diacritics (a name word without any counts too). */
  exact: boolean;
  /** The type word typed before the name is not this unit's ("quận 1" for "Phường 1"). */
  typeConflict?: boolean;
  /** The name is a province's, current or former: "Hà Nam" is the province before the ward. */
  province?: boolean;
  /** The tier of the name the query holds when `former` is set: a partial match keeps it too. */
  via?: number;
  /** At tier 1, the words of the query (as typed) that say nothing of this place: "quảng xương". */
  missing?: string[];
  /** Set by {@link rerank}: the page's relevance class (relevance.ts), 0 for a page left out. */
  relevance?: number;
}

export const NO_MATCH: Match = { tier: TIER.none, complete: false, exact: false };

interface Variant {
  name: string;
  /** Folded type of the unit this name belongs to ("xa", "thi xa"). */
  type: string;
  context: string[];
  tier: number;
  former?: FormerTuple;
}

/** Provinces are "tỉnh" or "thành phố", and people use either (Đồng Nai changed in 2026). */
const PROVINCE_TYPES = ['tinh', 'thanh pho'];

function typeFits(typed: string | undefined, v: Variant, provinceLevel: boolean): boolean {
  if (!typed || typed === v.type) return true;
  return provinceLevel && PROVINCE_TYPES.includes(typed) && PROVINCE_TYPES.includes(v.type);
}

function variants(d: ResultData): Variant[] {
  const names = [d.n, ...(d.a ?? [])];
  const province = d.p?.[1];
  const formers = d.f ?? [];
  const type = unitType(d.t);
  const out: Variant[] = names.map((name) => ({ name, type, context: province ? [province] : [], tier: TIER.current }));
  for (const f of formers) out.push({ name: f[1], type: unitType(f[0]), context: [f[3], f[5], province ?? ''], tier: TIER.former, former: f });
  if (formers.length) {
    const formerContext = formers.flatMap((f) => [f[3], f[5]]);
    for (const name of names) out.push({ name, type, context: formerContext, tier: TIER.currentFormerContext });
    const seen = new Set<string>();
    for (const f of formers) {
      if (!f[3] || seen.has(f[3])) continue;
      seen.add(f[3]);
      out.push({ name: f[3], type: unitType(f[2]), context: [f[5], province ?? ''], tier: TIER.formerDistrict, former: f });
    }
  }
  return out;
}

/**
 * Named places (tier ≥ 2) first, whole names before names cut short by the end of the query
 * ("tan phu" is Tân Phú, old or new, before it is perhaps Tân Phước), then places of the type
 * typed ("xã Tân Phú" before "Phường Tân Phú", "quận 1" before "Phường 1"), then provinces
 * (most who type "Bình Định" mean the former province, and those who mean the ward add its
 * province), then tier, then exact diacritics.
 */
const group = (m: Match): number => (m.tier >= TIER.formerDistrict ? (m.complete ? 2 : 1) : 0);
const keys = (m: Match): number[] => [group(m), m.typeConflict ? 0 : 1, m.province ? 1 : 0, m.tier, m.complete ? 1 : 0, m.exact ? 1 : 0];
function better(a: Match, b: Match): boolean {
  const ka = keys(a);
  const kb = keys(b);
  const i = ka.findIndex((k, j) => k !== kb[j]);
  return i >= 0 && ka[i]! > kb[i]!;
}

/** Where the name's words occur within one part of the query: whole, or cut short by its end. */
function* occurrences(q: QueryTokens, name: string[]): Generator<{ at: number; len: number; complete: boolean }> {
  const n = q.key.length;
  for (let at = 0; at < n; at++) {
    let len = 0;
    while (len < name.length && at + len < n && q.key[at + len] === name[len] && q.segment[at + len] === q.segment[at]) len++;
    if (len === name.length) yield { at, len, complete: true };
    else if (at + len === n - 1 && name[len]!.startsWith(q.key[n - 1]!)) yield { at, len: len + 1, complete: false };
    else if (at + len === n && len > 0) yield { at, len, complete: false };
  }
}

/** Each context name as written and as one word ("dak lak", "daklak"), folded. */
const contextForms = (context: string[]): string[][] => context.flatMap((c) => nameForms(c).map((f) => f.key));

/**
 * The words of the query, as typed, that neither the name found at `at` nor any context, type or
 * status word accounts for: what a partial match leaves unexplained ("quang xuong").
 */
function unexplained(q: QueryTokens, at: number, len: number, context: string[][]): string[] {
  const covered = q.key.map((_, i) => i >= at && i < at + len);
  const phrases = [...context, ...TYPE_PHRASES, ...STATUS_WORDS.map((w) => [w])];
  for (let i = 0; i < q.key.length; i++) {
    for (const p of phrases) {
      let j = 0;
      while (j < p.length && i + j < q.key.length && q.key[i + j] === p[j]) j++;
      const cut = i + j === q.key.length - 1 && j < p.length && p[j]!.startsWith(q.key[i + j]!);
      if (j === p.length || cut) covered.fill(true, i, i + j + (cut ? 1 : 0));
    }
  }
  return q.raw.filter((_, i) => !covered[i]);
}

const isNumber = (w: string) => /^\d+$/.test(w);

function matchVariant(q: QueryTokens, v: Variant, provinceLevel: boolean): Match | undefined {
  const context = contextForms(v.context);
  let best: Match | undefined;
  for (const { raw, key: name } of nameForms(v.name)) {
    for (const { at, len, complete } of occurrences(q, name)) {
      let typedAll = true;
      let compatible = true;
      for (let j = 0; j < len; j++) {
        const typed = q.rawKey[at + j]!;
        if (typed === q.key[at + j]) {
          if (typed !== raw[j]) typedAll = false; // typed without the name's diacritics: fits, not exact
          continue;
        }
        const last = !complete && j === len - 1;
        if (last ? !raw[j]!.startsWith(typed) && !raw[j]!.replace(/đ/g, 'd').startsWith(typed) : !fits(typed, raw[j]!)) compatible = false;
        else if (!last && toneKey(typed) !== toneKey(raw[j]!)) typedAll = false; // "dồng" for "đồng": fits, not exact
      }
      const before = q.key.slice(0, at);
      const after = q.key.slice(at + len);
      // Context may come before and after the name ("xa tan phu dong nai"): both sides must be explained.
      const tail = explains(after, context, complete);
      const explained = !!explains(before, context, false) && !!tail;
      // A number alone ("7" of "Phường 7") names nothing without its district, and a name cut
      // short among words that say nothing of it is a guess: no partial match.
      const tier = compatible && explained ? v.tier : name.every(isNumber) || (!complete && !explained) ? TIER.none : TIER.partial;
      const m: Match = { tier, complete: complete && tail !== 'open', exact: typedAll && compatible };
      if (v.former && tier !== TIER.none) {
        m.former = v.former;
        m.via = v.tier;
      }
      if (tier === TIER.partial) m.missing = unexplained(q, at, len, context);
      if (tier === v.tier && !typeFits(typeBefore(q, at), v, provinceLevel)) m.typeConflict = true;
      if (!best || better(m, best)) best = m;
    }
  }
  return best;
}

/** How well the query names this page (NO_MATCH for pages without result data). */
export function matchPage(q: QueryTokens, d: ResultData | undefined): Match {
  if (!d || !q.folded.length) return NO_MATCH;
  let best = NO_MATCH;
  // A province's result data names no province of its own.
  const provinceLevel = !d.p;
  for (const v of variants(d)) {
    const ofProvince = provinceLevel && (v.tier === TIER.current || v.tier === TIER.former);
    const m = matchVariant(q, v, ofProvince);
    if (m && ofProvince && m.tier === v.tier) m.province = true;
    if (m && better(m, best)) best = m;
  }
  return best;
}

/**
 * Sorts by relevance (relevance.ts), then by match, Pagefind's order breaking ties, and leaves out
 * the pages that have nothing to do with the query's words (relevance 0): Pagefind, finding no
 * word "xyzqw", answers with pages holding its longest known beginning ("Xy").
 * `list` is in Pagefind's order; `textOf` gives a page's title and text (prose pages).
 * @returns new array of `{ item, match }`
 */
export function rerank<T>(query: string, list: readonly T[], dataOf: (item: T) => ResultData | undefined, textOf?: (item: T) => PageText): { item: T; match: Match }[] {
  const q = tokenize(query);
  const r = roles(q);
  return list
    .map((item, i) => {
      const data = dataOf(item);
      const match = matchPage(q, data);
      const found = { named: match.tier >= TIER.formerDistrict, partial: match.tier === TIER.partial, complete: match.complete };
      const rel = relevance(q, r, found, data, textOf?.(item));
      const m: Match = { ...match, relevance: rel };
      // A place whose record holds every word leaves none unexplained; of the former units a
      // partial match found, only a commune typed by its name is worth its line ("quang vinh").
      if (rel !== RELEVANCE.partial && match.tier === TIER.partial) {
        delete m.missing;
        if (m.via !== TIER.former) {
          delete m.former;
          delete m.via;
        }
      }
      return { item, match: m, i };
    })
    .filter((x) => x.match.relevance! > RELEVANCE.none)
    .sort((a, b) => b.match.relevance! - a.match.relevance! || (better(a.match, b.match) ? -1 : better(b.match, a.match) ? 1 : a.i - b.i))
    .map(({ item, match }) => ({ item, match }));
}
