/**
 * How a page found by Pagefind relates to the query, across kinds of pages: the first key of the
 * re-ranker's order (rerank.ts), and what decides whether a page is shown at all.
 *
 * Pagefind returns pages that hold every word by its beginning, and when a word is in no page
 * ("xyzqw", "sapa" before joined names were indexed) it searches for the longest beginning that
 * is ("Xy", "Sập"): such pages are not answers, and showing them as if they were misleads. So:
 *   6 named       a place the query names, every word explained (rerank.ts tiers 5–2)
 *   5 namedCut    the same with the last name cut short by the end of the query ("tan ph")
 *   4 related     a place whose record's names make up the query: the communes of "Đắk Lắk";
 *                 a number only with its type ("phường 5" is a Phường 5, not any 5)
 *   3 titled      another page (indicator, document, prose) whose title holds every word
 *   2 partial     a place the query names, with other words that say nothing of it
 *                 ("quang vinh quang dien" for a ward that took only a commune of Quảng Điền);
 *                 never by a number alone ("phường 7 quận 3" names no Phường 7 of Bạc Liêu)
 *   1 mentioned   another page whose text holds every word, when the query has no type word
 *                 (an address "phuong 7 quan 3" is not asking for a page that says "liên quan")
 *   0 none        left out.
 * A place that matches every word ranks above any page that does not, and other pages below
 * every place the query's words name.
 */
import { explains, fits, unitType, type QueryTokens, type Role } from './query.ts';
import type { ResultData } from './result-data.ts';
import { cSpelling, nameForms, words, type NameForm } from './spelling.ts';
import { asciiFold } from '../../text/fold.ts';

export const RELEVANCE = { named: 6, namedCut: 5, related: 4, titled: 3, partial: 2, mentioned: 1, none: 0 } as const;

/** What the re-ranker found of the query in a page's names (rerank.ts). */
export interface NameMatch {
  /** Every word explained: a current or former name with its context (tier ≥ 2). */
  named: boolean;
  /** A name of the page in the query, other words unexplained (tier 1). */
  partial: boolean;
  complete: boolean;
}

/** Title and text of a page, from its Pagefind fragment. */
export interface PageText {
  title: string;
  content: string;
}

const isNumber = (w: string) => /^\d+$/.test(w);

/** Whether word `i` of the query is one of `forms` (whole, or begun, when it ends the query), diacritics typed respected. */
function inForms(q: QueryTokens, i: number, forms: readonly NameForm[]): boolean {
  const typed = q.rawKey[i]!;
  const key = q.key[i]!;
  const last = i === q.key.length - 1;
  const plain = typed === key;
  return forms.some((f) =>
    f.key.some((w, j) => (w === key && (plain || fits(typed, f.raw[j]!))) || (last && w.startsWith(key) && (plain || f.raw[j]!.startsWith(typed)))),
  );
}

/**
 * The names of a place's record as word sequences (as written and as one word), numbered units
 * only with their type ("phuong 5"): a number alone is in too many records to say anything.
 */
function recordNames(d: ResultData): string[][] {
  const units: [string, string | undefined][] = [[d.t, d.n], ...(d.a ?? []).map((a): [string, string] => [d.t, a]), ['', d.p?.[1]]];
  for (const f of d.f ?? []) units.push([f[0], f[1]], [f[2], f[3]], [f[4], f[5]]);
  return units.flatMap(([type, name]) => {
    if (!name) return [];
    if (isNumber(name)) return type ? [[...words(unitType(type)), name]] : [];
    return nameForms(name).map((f) => f.key);
  });
}

/**
 * Whether the query is the place's names, whole and in any order, with type and status words:
 * "daklak" for a commune of Đắk Lắk, "quang vinh quang xuong" for a unit that took Quảng Vinh
 * and communes of Quảng Xương; not "quang vinh quang dien" for Ba Vinh, Quảng Ngãi, whose
 * record merely holds the words. The last name may be cut short by the end of the query.
 */
function related(q: QueryTokens, r: readonly Role[], d: ResultData): boolean {
  if (!q.key.some((w, i) => r[i] === 'name' && !isNumber(w))) return false;
  return explains(q.key, recordNames(d), true) === 'whole';
}

/** Whether every word of the query is in `text`. */
function holdsAll(q: QueryTokens, text: string): boolean {
  const raw = words(text).map((w) => cSpelling(w));
  const forms = [{ raw, key: raw.map((w) => asciiFold(w)) }];
  return q.key.every((_, i) => inForms(q, i, forms));
}

/** The relevance class of one page. `d` is the page's result data; places have a type or a province. */
export function relevance(q: QueryTokens, r: readonly Role[], m: NameMatch, d: ResultData | undefined, text: PageText | undefined): number {
  if (!q.key.length) return RELEVANCE.none;
  if (d && (d.t || d.p)) {
    if (m.named) return m.complete ? RELEVANCE.named : RELEVANCE.namedCut;
    if (related(q, r, d)) return RELEVANCE.related;
    return m.partial ? RELEVANCE.partial : RELEVANCE.none;
  }
  const title = text?.title ?? d?.n ?? '';
  if (holdsAll(q, title)) return RELEVANCE.titled;
  if (text && !r.includes('type') && holdsAll(q, `${title} ${text.content}`)) return RELEVANCE.mentioned;
  return RELEVANCE.none;
}
