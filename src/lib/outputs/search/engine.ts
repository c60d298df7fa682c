/**
 * One search as the site runs it: Pagefind, then the re-ranker over its first results.
 * Used by the search page in the browser and by the bench and tests in Node, with the same
 * Pagefind bundle (dist/pagefind/pagefind.js), so all three measure the same thing.
 */
import { PROVINCE_DEPTH, RERANK_DEPTH, TYPED_DEPTH, type SearchFilters } from './options.ts';
import { pagefindTerms } from './query.ts';
import { decodeResultData, PROVINCE_FILTER, type ResultData } from './result-data.ts';
import { rerank, TIER, type Match } from './rerank.ts';

/** The part of Pagefind's JS API used here. */
export interface PagefindApi {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

export interface PagefindFragment {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  excerpt: string;
  /** The page's indexed text (for a place, its hidden record). */
  content: string;
}

export interface Hit {
  url: string;
  title: string;
  kind?: string;
  province?: string;
  data?: ResultData;
  excerpt: string;
  match: Match;
}

export interface SearchOutcome {
  /**
   * Number of pages found: the re-ranked ones that relate to the query, and the rest, not loaded
   * yet (loading leaves out any that turn out unrelated); 0 when none of the first ones relate.
   */
  total: number;
  /** The re-ranked first results, loaded. */
  hits: Hit[];
  /** The remaining results in Pagefind's order, not loaded yet (see {@link loadHits}). */
  rest: PagefindResult[];
}

/** The fragment of the line that names the former unit a result was found by (FormerLanding.astro). */
function anchorOf(match: Match): string {
  const f = match.former;
  if (!f) return '';
  const via = match.via ?? match.tier;
  const id = via === TIER.former ? f[7] : via === TIER.formerDistrict ? f[8] : '';
  return id ? `#${id}` : '';
}

function toHit(f: PagefindFragment, match: Match): Hit {
  const kind = f.filters.loai?.[0];
  const province = f.filters.tinh?.[0];
  const data = decodeResultData(f.filters);
  const hit: Hit = { url: f.url + anchorOf(match), title: f.meta.title ?? f.url, excerpt: f.excerpt, match };
  if (kind) hit.kind = kind;
  if (province) hit.province = province;
  if (data) hit.data = data;
  return hit;
}

const textOf = (f: PagefindFragment) => ({ title: f.meta.title ?? '', content: f.content ?? '' });

/**
 * Loads results beyond the re-ranked ones (the "show more" pages), in Pagefind's order, leaving
 * out those unrelated to the query (relevance.ts).
 */
export async function loadHits(query: string, results: PagefindResult[]): Promise<Hit[]> {
  const fragments = await Promise.all(results.map((r) => r.data()));
  return rerank(query, fragments, (f) => decodeResultData(f.filters), textOf)
    .sort((a, b) => fragments.indexOf(a.item) - fragments.indexOf(b.item))
    .map(({ item, match }) => toHit(item, match));
}

/**
 * Pagefind only returns pages that hold every word, and the type words of an address ("xã …,
 * huyện …, tỉnh …") are not in a place's record, so a query with type or status words is also
 * searched without them. Results of the query as typed come first (an indicator "Số xã, phường
 * …" keeps its place), then the others; the re-ranker then lifts the places the query names.
 * Provinces are also searched on their own: "Hòa Bình", a former province, is in the record of
 * one page against dozens of communes of that name, and must still reach the re-ranker.
 */
export async function runSearch(pagefind: PagefindApi, query: string, filters: SearchFilters = {}, depth = RERANK_DEPTH): Promise<SearchOutcome> {
  const [term, ...shorter] = pagefindTerms(query);
  const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
  if (!term) return { total: 0, hits: [], rest: [] };
  const find = async (t: string, f = active) => (await pagefind.search(t, { filters: f }))?.results ?? [];
  const names = shorter[0] ?? term;
  const [typed, provinces, ...others] = await Promise.all([find(term), active.loai && active.loai !== 'tinh' ? [] : find(names, { ...active, [PROVINCE_FILTER]: 'tinh' }), ...shorter.map((t) => find(t))]);
  const seen = new Set<string>();
  const unseen = (r: PagefindResult) => !seen.has(r.id) && !!seen.add(r.id);
  const head = [...typed.slice(0, others.length ? TYPED_DEPTH : depth), ...others.flatMap((o) => o.slice(0, depth)), ...provinces.slice(0, PROVINCE_DEPTH)].filter(unseen);
  const rest = [typed, ...others].flat().filter(unseen);
  const fragments = await Promise.all(head.map((r) => r.data()));
  const ranked = rerank(query, fragments, (f) => decodeResultData(f.filters), textOf);
  // Nothing among the best of Pagefind's results relates to the query: the rest will not either.
  if (!ranked.length) return { total: 0, hits: [], rest: [] };
  return { total: ranked.length + rest.length, hits: ranked.map(({ item, match }) => toHit(item, match)), rest };
}
